package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import dev.eventscope.runtime.projection.memory.InMemoryReadModelStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The live read models of a system, behind a level of indirection so a completed rebuild can be
 * swapped in at once: projections and queries keep using the store they were given, which
 * answers from the old rows until {@link #swapIn} points it at the shadow.
 */
public final class SwappableReadModels implements ReadModelStores {
  private final ReadModelStores real;
  private final boolean durable;
  private final Map<String, Swappable<?>> opened = new LinkedHashMap<>();

  /**
   * @param durable true when the real stores must keep the rows (MongoDB): a swap then copies the
   *     shadow into them instead of pointing at it
   */
  public SwappableReadModels(ReadModelStores real, boolean durable) {
    this.real = real;
    this.durable = durable;
  }

  @Override
  public synchronized <T> ReadModelStore<T> open(String readModelName, Class<T> rowType) {
    @SuppressWarnings("unchecked")
    Swappable<T> store = (Swappable<T>) opened.computeIfAbsent(readModelName,
        name -> new Swappable<>(real.open(name, rowType)));
    return store;
  }

  public synchronized boolean has(String readModelName) {
    return opened.containsKey(readModelName);
  }

  /** Makes the shadow's rows the live ones of {@code readModelName}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public synchronized void swapIn(String readModelName, InMemoryReadModelStore<?> shadow) {
    Swappable live = opened.get(readModelName);
    if (live == null) throw new IllegalArgumentException("no live read model named " + readModelName);
    if (durable || !(live.current instanceof InMemoryReadModelStore)) {
      // Durable stores get the rows written so they survive a restart, in one step where the store can;
      // rows kept off the heap (the embedded store's) are written there too, or the heap would hold them.
      ((ReadModelStore) live.current).replaceAll((Map<String, Object>) shadow.entries());
    } else {
      live.current = shadow;
    }
  }

  /** Delegates to whichever copy is live. */
  private static final class Swappable<T> implements ReadModelStore<T> {
    private volatile ReadModelStore<T> current;

    Swappable(ReadModelStore<T> current) {
      this.current = current;
    }

    @Override
    public Optional<T> get(String id) {
      return current.get(id);
    }

    @Override
    public void put(String id, T row) {
      current.put(id, row);
    }

    @Override
    public Collection<T> all() {
      return current.all();
    }

    @Override
    public long count() {
      return current.count();
    }

    @Override
    public void clear() {
      current.clear();
    }
  }
}

package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a rebuild writes: fresh in-memory row stores, one per read model name, that nobody queries
 * until {@link SwappableReadModels#swapIn} makes one live. Dropping it is all a cancel needs.
 */
public final class ShadowReadModels implements ReadModelStores {
  private final Map<String, Shadow<?>> opened = new LinkedHashMap<>();

  @Override
  public synchronized <T> ReadModelStore<T> open(String readModelName, Class<T> rowType) {
    @SuppressWarnings("unchecked")
    Shadow<T> shadow = (Shadow<T>) opened.computeIfAbsent(readModelName, name -> new Shadow<T>());
    return shadow;
  }

  /** The shadow stores opened so far, by read model name. */
  public synchronized Map<String, Shadow<?>> opened() {
    return Map.copyOf(opened);
  }

  /** One shadow copy; unlike a plain store it can list its ids, so it can be copied into a durable store. */
  public static final class Shadow<T> implements ReadModelStore<T> {
    private final Map<String, T> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<T> get(String id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public void put(String id, T row) {
      rows.put(id, row);
    }

    @Override
    public Collection<T> all() {
      return new ArrayList<>(rows.values());
    }

    @Override
    public long count() {
      return rows.size();
    }

    @Override
    public void clear() {
      rows.clear();
    }

    public Map<String, T> entries() {
      return Map.copyOf(rows);
    }
  }
}

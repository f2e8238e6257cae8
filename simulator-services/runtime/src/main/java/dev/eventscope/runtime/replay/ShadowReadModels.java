package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import dev.eventscope.runtime.projection.memory.InMemoryReadModelStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a rebuild writes: fresh in-memory row stores, one per read model name, that nobody queries
 * until {@link SwappableReadModels#swapIn} makes one live. Dropping it is all a cancel needs.
 */
public final class ShadowReadModels implements ReadModelStores {
  private final Map<String, InMemoryReadModelStore<?>> opened = new LinkedHashMap<>();

  @Override
  public synchronized <T> ReadModelStore<T> open(String readModelName, Class<T> rowType) {
    @SuppressWarnings("unchecked")
    InMemoryReadModelStore<T> shadow =
        (InMemoryReadModelStore<T>) opened.computeIfAbsent(readModelName, name -> new InMemoryReadModelStore<T>());
    return shadow;
  }

  /** The shadow stores opened so far, by read model name. */
  public synchronized Map<String, InMemoryReadModelStore<?>> opened() {
    return Map.copyOf(opened);
  }
}

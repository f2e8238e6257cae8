package dev.eventscope.runtime.projection;

/** Makes the row store for a named read model; one per storage choice. */
public interface ReadModelStores {
  <T> ReadModelStore<T> open(String readModelName, Class<T> rowType);
}

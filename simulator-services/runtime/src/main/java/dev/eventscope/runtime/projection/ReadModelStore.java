package dev.eventscope.runtime.projection;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where a read model keeps its rows: in memory, or in MongoDB ({@code rm_<name>}). Rows are
 * records keyed by a string id.
 */
public interface ReadModelStore<T> {
  Optional<T> get(String id);

  void put(String id, T row);

  Collection<T> all();

  long count();

  /** Removes every row (a rebuild starts from here). */
  void clear();

  /**
   * Every row replaced by {@code next} (a rebuilt copy swapped in). A durable store does it at once:
   * readers see the old rows or the new ones, never a mix, and a crash in between leaves the old.
   */
  default void replaceAll(Map<String, ? extends T> next) {
    clear();
    next.forEach(this::put);
  }
}

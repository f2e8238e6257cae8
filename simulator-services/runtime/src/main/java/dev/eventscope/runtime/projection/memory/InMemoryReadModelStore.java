package dev.eventscope.runtime.projection.memory;

import dev.eventscope.runtime.projection.ReadModelStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Rows in a concurrent map: the in-memory read models, and the shadow copies a rebuild fills. */
public final class InMemoryReadModelStore<T> implements ReadModelStore<T> {
  /**
   * Room for this many rows before the map first grows (its table, half a megabyte, is made at the
   * first row). A map grown from 16 slots copies every row about twice on the way to a run's tens of
   * thousands of orders, on the projection's thread, while queries find their way through the copy.
   */
  private static final int EXPECTED_ROWS = 1 << 16;

  private final Map<String, T> rows = new ConcurrentHashMap<>(EXPECTED_ROWS);

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

  /** Every row with its id (a shadow copy is copied into a durable store this way). */
  public Map<String, T> entries() {
    return Map.copyOf(rows);
  }
}

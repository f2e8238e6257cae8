package dev.eventscope.console.events;

import java.util.function.IntFunction;
import javafx.collections.ObservableListBase;

/**
 * A list that is only a size and a way to make row {@code i}: the table asks for the rows it shows
 * and nothing else, so a million rows cost a million nothings. It only grows (new events at the
 * end); a new filter gets a new list. UI thread only.
 */
final class LazyRowList extends ObservableListBase<EventRow> {
  private final IntFunction<EventRow> rows;
  private int size;

  LazyRowList(IntFunction<EventRow> rows) {
    this.rows = rows;
  }

  @Override
  public EventRow get(int index) {
    if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
    return rows.apply(index);
  }

  @Override
  public int size() {
    return size;
  }

  void grow(long newSize) {
    int next = (int) Math.min(Integer.MAX_VALUE, newSize);
    if (next <= size) return;
    int from = size;
    beginChange();
    size = next;
    nextAdd(from, next);
    endChange();
  }
}

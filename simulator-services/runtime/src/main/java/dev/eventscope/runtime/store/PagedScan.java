package dev.eventscope.runtime.store;

import java.util.List;

/** A scan made of {@link EventStore#readAll} pages, each starting after the last event of the one before. */
final class PagedScan implements EventScan {
  private final EventStore store;
  private final long until;
  private final int pageSize;
  private long after;
  private boolean done;

  PagedScan(EventStore store, long after, long until, int pageSize) {
    this.store = store;
    this.after = after;
    this.until = until;
    this.pageSize = pageSize;
  }

  @Override
  public List<StoredEvent> next() {
    if (done || after >= until) return List.of();
    List<StoredEvent> read = store.readAll(after, pageSize);
    List<StoredEvent> taken = upTo(read, until);
    if (taken.isEmpty() || taken.size() < read.size()) done = true;
    if (!taken.isEmpty()) after = taken.get(taken.size() - 1).position();
    return taken;
  }

  /** The leading events of {@code read} at or before {@code last}. */
  static List<StoredEvent> upTo(List<StoredEvent> read, long last) {
    int end = read.size();
    while (end > 0 && read.get(end - 1).position() > last) end--;
    return end == read.size() ? read : read.subList(0, end);
  }
}

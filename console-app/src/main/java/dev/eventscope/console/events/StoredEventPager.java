package dev.eventscope.console.events;

import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole store as rows, one row per position slot (row {@code i} is position {@code i + 1}),
 * of which only a bounded window of pages is held: the least recently used page goes when a new
 * one comes. Loading reads one page with {@code readAll}; nothing here ever reads the whole store.
 * Thread-safe: pages load on a worker thread while the UI thread asks for cached rows.
 */
public final class StoredEventPager {
  private final EventStore store;
  private final int pageSize;
  private final int maxPages;
  private final Map<Long, List<StoredEvent>> pages;
  private volatile long rowCount;

  public StoredEventPager(EventStore store, int pageSize, int maxPages) {
    if (pageSize < 1 || maxPages < 1) throw new IllegalArgumentException("page size and window must be positive");
    this.store = store;
    this.pageSize = pageSize;
    this.maxPages = maxPages;
    this.pages = new LinkedHashMap<>(maxPages * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, List<StoredEvent>> eldest) {
        return size() > StoredEventPager.this.maxPages;
      }
    };
  }

  /**
   * Reads the store's head. A tail page loaded before the head moved stays as it was (its rows keep
   * showing); the caller loads it again to fill in the new rows.
   */
  public long refreshRowCount() {
    long now = Math.max(rowCount, store.lastPosition());
    rowCount = now;
    return now;
  }

  public long rowCount() {
    return rowCount;
  }

  public long pageOf(long row) {
    return row / pageSize;
  }

  public int pageSize() {
    return pageSize;
  }

  /** The row if its page is in the window; a pending row otherwise (load its page, then ask again). */
  public synchronized EventRow row(long row) {
    List<StoredEvent> page = pages.get(pageOf(row));
    long position = row + 1;
    if (page == null) return EventRow.pending(position);
    int guess = (int) (row % pageSize);
    if (guess < page.size() && page.get(guess).position() == position) return EventRow.of(page.get(guess));
    for (StoredEvent event : page) {
      if (event.position() == position) return EventRow.of(event);
    }
    return EventRow.pending(position);
  }

  public synchronized boolean loaded(long page) {
    return pages.containsKey(page);
  }

  /** Blocking: reads one page (positions {@code page*size+1 .. (page+1)*size}) into the window. */
  public void load(long page) {
    long after = page * pageSize;
    List<StoredEvent> read = store.readAll(after, pageSize);
    List<StoredEvent> inPage = new ArrayList<>(read.size());
    for (StoredEvent event : read) {
      if (event.position() <= after + pageSize) inPage.add(event);
    }
    synchronized (this) {
      pages.put(page, List.copyOf(inPage));
    }
  }

  public synchronized int loadedPages() {
    return pages.size();
  }

  public int maxPages() {
    return maxPages;
  }
}

package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.store.EventScan;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.ReadAhead;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The events a replay scans, read ahead on other threads so reading and decoding the next pages
 * overlaps applying this one. Where the store reads any range of positions through an index and
 * the positions lie dense, {@link #READERS} threads read alternate ranges of one page's width (each
 * range holds at most a page, since positions are distinct); otherwise one thread reads page after
 * page. Pages come out in position order, at most {@link #AHEAD} per reader wait, and a read that
 * failed is thrown from {@link #next}.
 */
final class PageFeed implements AutoCloseable {
  static final int READERS = 2;
  static final int AHEAD = 2;

  private final List<ReadAhead<StoredEvent>> readers = new ArrayList<>();
  private int turn;
  private boolean ended;

  /**
   * Starts reading the events after {@code after} up to and including {@code until}.
   *
   * @param stored how many events the store holds in that range, to tell dense positions from sparse ones
   */
  PageFeed(EventStore store, long after, long until, long stored, int page, String name) {
    if (store.indexedRangeReads() && until - after <= 2 * stored) {
      for (int i = 0; i < READERS; i++) {
        Ranges ranges = new Ranges(store, after, until, page, i, READERS);
        readers.add(new ReadAhead<>("replay-read-" + (i + 1) + "-" + name, AHEAD, ranges, () -> {}));
      }
    } else {
      EventScan scan = store.scan(after, until, page);
      readers.add(new ReadAhead<>("replay-read-1-" + name, AHEAD, () -> {
        List<StoredEvent> next = scan.next();
        return next.isEmpty() ? null : next;
      }, scan::close));
    }
  }

  /**
   * The next page in position order (possibly empty where positions have a hole); null once the
   * range is read, or when the calling thread is interrupted (its interrupt flag is then set).
   */
  List<StoredEvent> next() {
    if (ended) return null;
    List<StoredEvent> page = readers.get(turn).next();
    turn = (turn + 1) % readers.size();
    if (page == null) ended = true;
    return page;
  }

  @Override
  public void close() {
    readers.forEach(ReadAhead::close);
  }

  /**
   * Range {@code k} is (after + k·page, after + (k+1)·page]; reader {@code i} of n takes k = i, i+n, i+2n …,
   * each range one scan (a range of one page's width holds at most one page, as positions are distinct).
   */
  private static final class Ranges implements Supplier<List<StoredEvent>> {
    private final EventStore store;
    private final long until;
    private final int page;
    private final int stride;
    private long from;

    Ranges(EventStore store, long after, long until, int page, int first, int stride) {
      this.store = store;
      this.until = until;
      this.page = page;
      this.stride = stride;
      this.from = after + (long) first * page;
    }

    @Override
    public List<StoredEvent> get() {
      if (from >= until) return null;
      try (EventScan range = store.scan(from, Math.min(from + page, until), page)) {
        return range.next();
      } finally {
        from += (long) stride * page;
      }
    }
  }
}

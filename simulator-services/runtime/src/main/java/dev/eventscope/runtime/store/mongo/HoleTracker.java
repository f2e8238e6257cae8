package dev.eventscope.runtime.store.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when a reader may pass a missing position (a hole). Positions come from a counter, so
 * an append that reserved a position may commit after a later one, or never (it failed). A reader
 * holds back at a hole until it fills, or until it may assume it never will:
 * <ul>
 *   <li>this process gave the positions up itself (its append failed before inserting them);
 *   <li>the event after the hole was stored more than the bound ago (old history: whoever
 *       reserved the hole would have written it by then);
 *   <li>the hole has been waited on for the bound (another process's append failed).
 * </ul>
 * This is the high-water mark of Marten and similar stores. The price of the bound: an append
 * that stalls longer than it between reserving and inserting is skipped by readers already past.
 */
final class HoleTracker {
  private static final Logger log = LoggerFactory.getLogger(HoleTracker.class);
  private static final int PRUNE_ABOVE = 1_024;

  private final Duration bound;
  private final long boundNanos;
  private final ConcurrentSkipListMap<Long, Range> abandoned = new ConcurrentSkipListMap<>();
  private final Map<Long, Long> firstSeen = new ConcurrentHashMap<>();

  private record Range(long to, long atNanos) {}

  HoleTracker(Duration bound) {
    this.bound = bound;
    this.boundNanos = bound.toNanos();
  }

  Duration bound() {
    return bound;
  }

  /** Positions this process reserved and will never insert. */
  void abandon(long from, long to) {
    if (from > to) return;
    abandoned.put(from, new Range(to, System.nanoTime()));
    if (abandoned.size() > PRUNE_ABOVE) prune();
  }

  /**
   * Whether a reader may pass the missing positions {@code from..to}; {@code nextStoredAt} is when
   * the first present event after them was stored (null if unknown).
   */
  boolean passable(long from, long to, Instant nextStoredAt) {
    if (coveredByAbandoned(from, to)) return true;
    if (nextStoredAt != null && Instant.now().isAfter(nextStoredAt.plus(bound))) return true;
    long now = System.nanoTime();
    long seen = firstSeen.computeIfAbsent(from, position -> now);
    if (firstSeen.size() > PRUNE_ABOVE) prune(); // holes that filled leave their entry behind
    if (now - seen < boundNanos) return false;
    log.warn("event store positions {}..{} stayed empty for {} ms: readers pass them (an append failed or stalled)",
        from, to, bound.toMillis());
    abandon(from, to);
    firstSeen.remove(from);
    return true;
  }

  private boolean coveredByAbandoned(long from, long to) {
    long position = from;
    while (position <= to) {
      Map.Entry<Long, Range> range = abandoned.floorEntry(position);
      if (range == null || range.getValue().to() < position) return false;
      position = range.getValue().to() + 1;
    }
    return true;
  }

  /**
   * Forgets what is older than twice the bound: by then the stored-at rule passes those holes too
   * (or, at worst, a reader waits one bound again), and memory stays flat in a long run.
   */
  private void prune() {
    long cutoff = System.nanoTime() - 2 * boundNanos;
    abandoned.values().removeIf(range -> range.atNanos() - cutoff < 0);
    firstSeen.values().removeIf(seen -> seen - cutoff < 0);
  }
}

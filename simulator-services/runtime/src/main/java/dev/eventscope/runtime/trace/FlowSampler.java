package dev.eventscope.runtime.trace;

import java.util.UUID;

/**
 * Decides which flows the tracer keeps when hops come faster than anyone can look at them.
 *
 * <p>Under the budget (hops per second) every hop is kept. Over it, whole flows are kept or left
 * out by their correlation id: at level {@code n} one flow in {@code 2^n} is kept, the one whose id
 * hashes to {@code n} leading zero bits. So a flow kept at a level is kept at every lower level, and
 * every process that samples this way keeps the same flows. A hop that did not end {@link Outcome#OK}
 * is always kept: rejections, failures and faults are what a user looks for. The level is chosen
 * again once per window from the hops offered in it (or sooner, as soon as a window has had more
 * than its share): up at once to what the rate needs, down one step per window once it has fallen.
 */
final class FlowSampler {
  static final int MAX_LEVEL = 20;

  private final long budgetPerSecond;
  private final long windowNanos;
  private volatile int level;
  private long windowStartedNanos;
  private long offeredAtWindowStart;

  /** {@code budgetPerSecond} 0: never sample. */
  FlowSampler(long budgetPerSecond, long windowNanos, long nowNanos) {
    if (budgetPerSecond < 0) throw new IllegalArgumentException("a hop budget cannot be negative");
    this.budgetPerSecond = budgetPerSecond;
    this.windowNanos = windowNanos;
    this.windowStartedNanos = nowNanos;
  }

  boolean keeps(UUID correlationId, Outcome outcome) {
    int n = level;
    if (n == 0 || outcome != Outcome.OK || correlationId == null) return true;
    return spread(correlationId) >>> (64 - n) == 0;
  }

  /** Called from one thread (the tracer's drainer) with the running total of hops offered. */
  void adjust(long offeredTotal, long nowNanos) {
    long elapsed = nowNanos - windowStartedNanos;
    long offered = offeredTotal - offeredAtWindowStart;
    boolean overBudgetAlready = budgetPerSecond > 0 && offered > budgetPerSecond * (double) windowNanos / 1e9;
    if (elapsed <= 0 || elapsed < windowNanos && !overBudgetAlready) return;
    double perSecond = offered * 1e9 / elapsed;
    int needed = levelFor(perSecond);
    int current = level;
    if (needed > current) level = needed;
    else if (needed < current) level = current - 1;
    windowStartedNanos = nowNanos;
    offeredAtWindowStart = offeredTotal;
  }

  private int levelFor(double perSecond) {
    if (budgetPerSecond == 0) return 0;
    int n = 0;
    while (n < MAX_LEVEL && perSecond / (1L << n) > budgetPerSecond) n++;
    return n;
  }

  /** One flow in this many is kept now (1: every flow). */
  long keepsOneIn() {
    return 1L << level;
  }

  /** A well-mixed 64-bit hash of the id (MurmurHash3's finaliser), so any id format spreads evenly. */
  private static long spread(UUID id) {
    long h = id.getMostSignificantBits() ^ Long.rotateLeft(id.getLeastSignificantBits(), 32);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}

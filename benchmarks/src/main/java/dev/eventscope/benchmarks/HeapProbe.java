package dev.eventscope.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Retained heap per order: the heap a running system holds after {@code orders} orders, over a
 * baseline taken just before it started, both after full collections. The system stays open while
 * it is weighed, so its store, read models and caches count; fixed costs (bounded trace buffers,
 * thread pools) are spread over the orders, which is why a large count is the honest one.
 */
public final class HeapProbe {
  private HeapProbe() {}

  public static long retainedBytesPerOrder(Contender contender, int orders) {
    long baseline = usedAfterGc();
    try (OrderFlow flow = contender.start()) {
      flow.drive(orders);
      // flow is still used by close() below, so nothing it holds can be collected before this.
      return (usedAfterGc() - baseline) / Math.max(1, orders);
    }
  }

  /** Used heap after a few explicit full collections (G1 and Serial both collect fully on System.gc()). */
  public static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      pause();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

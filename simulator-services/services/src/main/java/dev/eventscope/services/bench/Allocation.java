package dev.eventscope.services.bench;

import java.lang.management.ManagementFactory;

/**
 * Allocation counters (HotSpot's per-thread figures). Threads that end take their counts with
 * them, so short-lived workers measure themselves with {@link #currentThreadBytes()}.
 */
final class Allocation {
  private Allocation() {}

  static long currentThreadBytes() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) return 0;
    return threads.getCurrentThreadAllocatedBytes();
  }

  /** Bytes allocated so far by the threads alive now. */
  static long totalBytes() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) return 0;
    long total = 0;
    for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      if (allocated > 0) total += allocated;
    }
    return total;
  }
}

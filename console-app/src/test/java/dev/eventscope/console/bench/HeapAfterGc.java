package dev.eventscope.console.bench;

import java.lang.management.ManagementFactory;

/** Used heap after asking for full collections until it settles: what the console really holds. */
final class HeapAfterGc {
  private HeapAfterGc() {
  }

  static long usedBytes() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      System.gc();
      Thread.sleep(200);
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (Math.abs(used - now) < 512 * 1024) return now;
      used = now;
    }
    return used;
  }
}

package dev.eventscope.runtime.replay;

import java.time.Duration;

/**
 * A snapshot of a running replay.
 *
 * @param done selected events handled so far (this run, after any resumed checkpoint)
 * @param total selected events this run will handle (known after the counting pass; 0 before)
 * @param eventsPerSecond handled events per second of running time so far
 * @param eta the time left at the current rate; null while unknown
 */
public record ReplayProgress(ReplayJob.State state, long done, long total, double eventsPerSecond, Duration eta) {
  public double fraction() {
    return total == 0 ? (state == ReplayJob.State.COMPLETED ? 1 : 0) : Math.min(1, (double) done / total);
  }
}

package dev.eventscope.console.graph;

import dev.eventscope.runtime.trace.Outcome;

/** Which outcomes count as errors on screen: the message did not get where it was going. */
public final class Outcomes {
  private Outcomes() {}

  public static boolean isError(Outcome outcome) {
    return outcome == Outcome.FAILED || outcome == Outcome.REJECTED || outcome == Outcome.PARKED;
  }

  /** Worth a second look but not a failure: retried, injected faults, duplicates absorbed. */
  public static boolean isWarning(Outcome outcome) {
    return outcome == Outcome.RETRIED || outcome == Outcome.FAULT;
  }
}

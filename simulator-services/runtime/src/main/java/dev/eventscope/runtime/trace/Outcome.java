package dev.eventscope.runtime.trace;

/** How a hop ended. */
public enum Outcome {
  OK,
  REJECTED,
  FAILED,
  DUPLICATE,
  RETRIED,
  PARKED,
  SKIPPED,
  FAULT
}

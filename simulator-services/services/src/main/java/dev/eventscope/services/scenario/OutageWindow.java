package dev.eventscope.services.scenario;

import java.time.Duration;

/** The broker is down from {@code at} (after the start) for {@code duration}. */
public record OutageWindow(Duration at, Duration duration) {
  public OutageWindow {
    if (at == null || at.isNegative()) throw new IllegalArgumentException("an outage needs 'at', when it begins after the start");
    if (duration == null || duration.isZero() || duration.isNegative()) throw new IllegalArgumentException("an outage needs a positive 'duration'");
  }

  public Duration end() {
    return at.plus(duration);
  }
}

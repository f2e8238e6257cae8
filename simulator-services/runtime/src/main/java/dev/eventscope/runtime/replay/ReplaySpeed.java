package dev.eventscope.runtime.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How fast a replay goes: {@link #MAX} (no waiting), or a factor of the original timing
 * ({@code 2x} = twice as fast as the events first happened). Gaps are capped so an idle night in
 * the store does not stall a replay.
 */
public record ReplaySpeed(double factor) {
  public static final ReplaySpeed MAX = new ReplaySpeed(0);
  static final Duration MAX_GAP = Duration.ofSeconds(5);

  public ReplaySpeed {
    if (factor < 0 || Double.isNaN(factor) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("a replay speed factor must be positive, was " + factor);
    }
  }

  /** {@code max}, or a positive factor with an optional {@code x}: {@code 2x}, {@code 0.5x}, {@code 10}. */
  public static ReplaySpeed parse(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("max")) return MAX;
    String number = value.endsWith("x") ? value.substring(0, value.length() - 1) : value;
    try {
      double factor = Double.parseDouble(number);
      if (factor > 0 && !Double.isInfinite(factor)) return new ReplaySpeed(factor);
    } catch (NumberFormatException e) {
      // fall through to the one message below
    }
    throw new IllegalArgumentException("invalid speed '" + text + "': use max or a positive factor like 2x or 0.5x");
  }

  public boolean max() {
    return factor == 0;
  }

  /** How long to wait before an event that originally followed the previous one by {@code previous → next}. */
  public Duration pause(Instant previous, Instant next) {
    if (max() || previous == null || next == null || !next.isAfter(previous)) return Duration.ZERO;
    long nanos = (long) (Duration.between(previous, next).toNanos() / factor);
    return nanos > MAX_GAP.toNanos() ? MAX_GAP : Duration.ofNanos(nanos);
  }

  @Override
  public String toString() {
    return max() ? "max" : factor + "x";
  }
}

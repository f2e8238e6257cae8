package dev.eventscope.services.scenario;

import java.time.Duration;

/**
 * How fast orders arrive, in orders per second, over the run's time:
 * <ul>
 *   <li>{@code constant}: {@code rate} all along (no rate: as fast as the system takes them);
 *   <li>{@code ramp}: from {@code from} to {@code to} over {@code over}, then {@code to};
 *   <li>{@code bursts}: {@code rate}, and every {@code every} a burst of {@code burstRate} for {@code burstLength}.
 * </ul>
 */
public record LoadProfile(Shape profile, Double rate, Double from, Double to, Duration over, Double burstRate, Duration every,
    Duration burstLength) {
  public static final LoadProfile AS_FAST_AS_POSSIBLE = new LoadProfile(Shape.CONSTANT, null, null, null, null, null, null, null);

  /** The shapes a load can take. */
  public enum Shape { CONSTANT, RAMP, BURSTS }

  public LoadProfile {
    if (profile == null) profile = Shape.CONSTANT;
    switch (profile) {
      case CONSTANT -> positiveOrAbsent("rate", rate);
      case RAMP -> {
        required("from", from);
        required("to", to);
        if (over == null || over.isZero() || over.isNegative()) throw new IllegalArgumentException("a ramp needs 'over', a positive duration");
      }
      case BURSTS -> {
        required("rate", rate);
        required("burstRate", burstRate);
        if (every == null || burstLength == null || burstLength.compareTo(every) >= 0) {
          throw new IllegalArgumentException("bursts need 'every' and a shorter 'burstLength'");
        }
      }
      default -> throw new IllegalArgumentException("unknown profile " + profile);
    }
  }

  public static LoadProfile constant(Double ratePerSecond) {
    return new LoadProfile(Shape.CONSTANT, ratePerSecond, null, null, null, null, null, null);
  }

  /** Orders per second {@code seconds} after the start; infinite means no pacing. */
  public double rateAt(double seconds) {
    return switch (profile) {
      case CONSTANT -> rate == null ? Double.POSITIVE_INFINITY : rate;
      case RAMP -> from + (to - from) * Math.min(1, seconds * 1_000 / over.toMillis());
      case BURSTS -> (seconds * 1_000) % every.toMillis() < burstLength.toMillis() ? burstRate : rate;
    };
  }

  /** The highest rate this profile ever asks for (infinite when unpaced). */
  public double peakRate() {
    return switch (profile) {
      case CONSTANT -> rateAt(0);
      case RAMP -> Math.max(from, to);
      case BURSTS -> Math.max(rate, burstRate);
    };
  }

  private static void required(String name, Double value) {
    if (value == null) throw new IllegalArgumentException("this profile needs '" + name + "'");
    positiveOrAbsent(name, value);
  }

  private static void positiveOrAbsent(String name, Double value) {
    if (value != null && !(value > 0)) throw new IllegalArgumentException("'" + name + "' must be a positive number of orders per second, got " + value);
  }
}

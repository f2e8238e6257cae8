package dev.eventscope.console.replay;

import dev.eventscope.runtime.replay.ReplaySpeed;

/**
 * The speed slider's scale: positions 0..1 map to factors 0.1x..100x on a log scale, so 1x sits
 * a third of the way along and each decade takes the same room.
 */
public final class ReplaySpeedScale {
  public static final double MIN_FACTOR = 0.1;
  public static final double MAX_FACTOR = 100;
  private static final double DECADES = Math.log10(MAX_FACTOR / MIN_FACTOR);

  private ReplaySpeedScale() {}

  public static double factorAt(double position) {
    double clamped = Math.max(0, Math.min(1, position));
    double raw = MIN_FACTOR * Math.pow(10, clamped * DECADES);
    // Two significant digits: 0.25x, 1.6x, 40x read better than 0.2511886x.
    double scale = Math.pow(10, Math.floor(Math.log10(raw)) - 1);
    return Math.round(raw / scale) * scale;
  }

  public static double positionOf(double factor) {
    double clamped = Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, factor));
    return Math.log10(clamped / MIN_FACTOR) / DECADES;
  }

  public static ReplaySpeed speed(boolean max, double factor) {
    return max ? ReplaySpeed.MAX : new ReplaySpeed(Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, factor)));
  }

  public static String label(boolean max, double factor) {
    if (max) return "max";
    return (factor >= 10 ? String.format("%.0f", factor) : factor >= 1 ? String.format("%.1f", factor) : String.format("%.2f", factor))
        + "x";
  }
}

package dev.eventscope.runtime.fault;

import java.util.random.RandomGenerator;

/**
 * How long the bus holds each delivery back: none, a fixed time, uniform between two bounds, or
 * exponential around a mean (a long tail, as real networks have).
 */
public record Latency(Shape shape, double minMs, double maxMs) {
  public static final Latency NONE = new Latency(Shape.NONE, 0, 0);

  /** The distribution a delay is drawn from. */
  public enum Shape { NONE, FIXED, UNIFORM, EXPONENTIAL }

  public Latency {
    if (minMs < 0 || maxMs < minMs) throw new IllegalArgumentException("latency needs 0 <= min <= max, got " + minMs + ".." + maxMs + " ms");
  }

  public static Latency fixed(double ms) {
    return ms == 0 ? NONE : new Latency(Shape.FIXED, ms, ms);
  }

  public static Latency uniform(double minMs, double maxMs) {
    return new Latency(Shape.UNIFORM, minMs, maxMs);
  }

  /** Exponential with the given mean, cut at ten times the mean. */
  public static Latency exponential(double meanMs) {
    return new Latency(Shape.EXPONENTIAL, meanMs, meanMs * 10);
  }

  public boolean active() {
    return shape != Shape.NONE && maxMs > 0;
  }

  public long sampleNanos(RandomGenerator random) {
    double ms = switch (shape) {
      case NONE -> 0;
      case FIXED -> minMs;
      case UNIFORM -> minMs + random.nextDouble() * (maxMs - minMs);
      case EXPONENTIAL -> Math.min(maxMs, -minMs * Math.log(1 - random.nextDouble()));
    };
    return (long) (ms * 1_000_000);
  }

  @Override
  public String toString() {
    return switch (shape) {
      case NONE -> "none";
      case FIXED -> minMs + " ms";
      case UNIFORM -> minMs + "-" + maxMs + " ms";
      case EXPONENTIAL -> "~" + minMs + " ms (exponential)";
    };
  }
}

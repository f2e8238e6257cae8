package dev.eventscope.services.simulation;

import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.runtime.metrics.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Samples a run once a second for its charts: orders placed and finished in that second, the
 * latency percentiles of the orders that finished in it, and the running totals of outcomes,
 * parked messages and injected faults.
 */
public final class RunSeries implements AutoCloseable {
  private final RunProbe probe;
  private final Metrics metrics;
  private final List<Point> points = new ArrayList<>();
  private final long parkedBefore;
  private final long faultsBefore;
  private ScheduledExecutorService sampler;
  private long startNanos;
  private long lastPlaced;
  private long lastFinished;

  /**
   * One second of a run.
   *
   * @param second seconds since the start, at the end of this sample
   * @param placed orders placed in this second
   * @param finished orders that reached a final status in this second
   * @param p50Ms median latency of the orders finished in this second (0 when none finished)
   */
  public record Point(double second, long placed, long finished, double p50Ms, double p99Ms, long confirmed, long rejected,
      long cancelled, long parked, long faults) {}

  public RunSeries(RunProbe probe, Metrics metrics) {
    this.probe = probe;
    this.metrics = metrics;
    this.parkedBefore = metrics.get(Metrics.DEAD_LETTERED);
    this.faultsBefore = faults(metrics);
  }

  public RunSeries start() {
    startNanos = System.nanoTime();
    probe.intervalLatencyMicros();
    sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "eventscope-run-series");
      thread.setDaemon(true);
      return thread;
    });
    sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    return this;
  }

  private synchronized void sample() {
    long placed = probe.placed();
    long finished = probe.finished();
    Histogram latency = probe.intervalLatencyMicros();
    boolean any = latency.getTotalCount() > 0;
    points.add(new Point(
        Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0,
        placed - lastPlaced,
        finished - lastFinished,
        any ? latency.getValueAtPercentile(50) / 1_000.0 : 0,
        any ? latency.getValueAtPercentile(99) / 1_000.0 : 0,
        probe.count(OrderStatus.CONFIRMED),
        probe.count(OrderStatus.REJECTED),
        probe.count(OrderStatus.CANCELLED),
        metrics.get(Metrics.DEAD_LETTERED) - parkedBefore,
        faults(metrics) - faultsBefore));
    lastPlaced = placed;
    lastFinished = finished;
  }

  public synchronized List<Point> points() {
    return List.copyOf(points);
  }

  /** Injected faults by kind since this series began. */
  public static long faults(Metrics metrics) {
    return faultCounts(metrics).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every {@code faults.<kind>} counter, by kind. */
  public static Map<String, Long> faultCounts(Metrics metrics) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    metrics.snapshot().forEach((name, value) -> {
      if (name.startsWith("faults.") && value > 0) counts.put(name.substring("faults.".length()), value);
    });
    return counts;
  }

  @Override
  public void close() {
    if (sampler == null) return;
    sampler.shutdownNow();
    sample();
  }
}

package dev.eventscope.services.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The JSON report of a run. Key names are stable (scripts and CI read them): add, never rename.
 * {@code scenario} is present for scenario runs only; {@code series} holds one point per second
 * and {@code latencyHistogramMs} the order latencies, for charts.
 */
public record SimulationReport(
    String store,
    String bus,
    long seed,
    Commands commands,
    Events events,
    Orders orders,
    Throughput throughput,
    Latency latencyMs,
    Consistency consistency,
    List<Switch> busSwitches,
    List<Expectation> expectations,
    double durationSeconds,
    @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioSummary scenario,
    Map<String, Long> faultsInjected,
    List<RunSeries.Point> series,
    List<LatencyBucket> latencyHistogramMs) {

  public SimulationReport {
    busSwitches = busSwitches == null ? List.of() : List.copyOf(busSwitches);
    expectations = expectations == null ? List.of() : List.copyOf(expectations);
    faultsInjected = faultsInjected == null ? Map.of() : Map.copyOf(faultsInjected);
    series = series == null ? List.of() : List.copyOf(series);
    latencyHistogramMs = latencyHistogramMs == null ? List.of() : List.copyOf(latencyHistogramMs);
  }

  /** A plain run's report, without scenario, faults or charts. */
  public SimulationReport(String store, String bus, long seed, Commands commands, Events events, Orders orders, Throughput throughput,
      Latency latencyMs, Consistency consistency, List<Switch> busSwitches, List<Expectation> expectations, double durationSeconds) {
    this(store, bus, seed, commands, events, orders, throughput, latencyMs, consistency, busSwitches, expectations, durationSeconds,
        null, null, null, null);
  }

  public SimulationReport withScenario(ScenarioSummary summary, List<Expectation> checked) {
    List<Expectation> all = new java.util.ArrayList<>(expectations);
    all.addAll(checked);
    return new SimulationReport(store, bus, seed, commands, events, orders, throughput, latencyMs, consistency, busSwitches, all,
        durationSeconds, summary, faultsInjected, series, latencyHistogramMs);
  }

  /** True when the run is consistent and every expectation held. */
  public boolean passed() {
    return consistency.ok() && expectations.stream().allMatch(Expectation::ok);
  }

  public record Commands(long sent, long accepted, long rejected) {}

  public record Events(long stored, long published, long delivered, long duplicatesSuppressed, long deadLettered, long lost, long appliedTwice) {}

  /** Exactly the four status counts (a shipped order counts as confirmed). */
  public record Orders(long confirmed, long rejected, long cancelled, long pending) {}

  public record Throughput(double ordersPerSecond) {
    /** {@code orders} over {@code seconds}, to two decimals. */
    public static Throughput of(long orders, double seconds) {
      return new Throughput(round(orders / Math.max(seconds, 1e-9)));
    }
  }

  /** From sending PlaceOrder to the order's final status, in milliseconds. */
  public record Latency(double p50, double p95, double p99) {
    /** The percentiles of latencies recorded in microseconds, in milliseconds to two decimals. */
    public static Latency ofMicros(Histogram micros) {
      return new Latency(millis(micros.getValueAtPercentile(50)), millis(micros.getValueAtPercentile(95)),
          millis(micros.getValueAtPercentile(99)));
    }

    private static double millis(long micros) {
      return round(micros / 1_000.0);
    }
  }

  /** Two decimals, as every figure of a report is written. */
  public static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  public record Consistency(boolean ok, List<String> mismatches) {}

  public record Switch(String from, String to, long drainMs) {}

  public record Expectation(String name, boolean ok, String detail) {}

  /** How many orders took at most {@code upToMs} (and more than the previous bucket's bound). */
  public record LatencyBucket(double upToMs, long count) {}

  /**
   * The scenario a run played.
   *
   * @param settleSeconds from the end of the load and of the last fault to the last order's final status
   */
  public record ScenarioSummary(String name, String title, String description, double settleSeconds, long deadLettersLeft,
      long compensations) {}
}

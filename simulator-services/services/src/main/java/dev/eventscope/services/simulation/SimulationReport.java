package dev.eventscope.services.simulation;

import java.util.List;

/**
 * The JSON report of a run. Key names are stable (scripts and CI read them): add, never rename.
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
    double durationSeconds) {

  public record Commands(long sent, long accepted, long rejected) {}

  public record Events(long stored, long published, long delivered, long duplicatesSuppressed, long deadLettered, long lost, long appliedTwice) {}

  /** Exactly the four status counts (a shipped order counts as confirmed). */
  public record Orders(long confirmed, long rejected, long cancelled, long pending) {}

  public record Throughput(double ordersPerSecond) {}

  /** From sending PlaceOrder to the order's final status, in milliseconds. */
  public record Latency(double p50, double p95, double p99) {}

  public record Consistency(boolean ok, List<String> mismatches) {}

  public record Switch(String from, String to, long drainMs) {}

  public record Expectation(String name, boolean ok, String detail) {}
}

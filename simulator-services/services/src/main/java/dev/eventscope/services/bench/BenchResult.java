package dev.eventscope.services.bench;

/** One benchmark run's figures; keys are stable (see DESIGN.md, Reports). */
public record BenchResult(
    String workload,
    String bus,
    String store,
    int orders,
    int threads,
    double ordersPerSecond,
    double messagesPerSecond,
    LatencyUs latencyUs,
    long allocBytesPerOrder,
    boolean tracing) {

  public record LatencyUs(double p50, double p99) {}
}

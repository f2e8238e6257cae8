package dev.eventscope.services.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One benchmark run's figures; keys are stable (see DESIGN.md, Reports). {@code hops} says what the
 * flow tracer did with the run's hops (absent where the workload does not count them).
 */
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
    boolean tracing,
    @JsonInclude(JsonInclude.Include.NON_NULL) TracedHops hops) {

  public record LatencyUs(double p50, double p99) {}

  /**
   * Hops recorded and handed to listeners, left out by flow sampling while flooded, dropped on a full
   * buffer; and one flow in how many was traced at the end of the run.
   */
  public record TracedHops(long recorded, long sampledOut, long dropped, long keptOneFlowIn) {}
}

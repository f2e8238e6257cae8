package dev.eventscope.services.scenario;

import dev.eventscope.runtime.fault.Latency;

/** Bus latency as a scenario writes it: {@code fixedMs}, or {@code minMs}/{@code maxMs} (uniform), or {@code meanMs} (exponential). */
public record LatencySpec(Double fixedMs, Double minMs, Double maxMs, Double meanMs) {
  public LatencySpec {
    int given = (fixedMs != null ? 1 : 0) + (minMs != null || maxMs != null ? 1 : 0) + (meanMs != null ? 1 : 0);
    if (given != 1) throw new IllegalArgumentException("latency takes one of: fixedMs, minMs with maxMs, meanMs");
    if (minMs != null && maxMs == null || maxMs != null && minMs == null) throw new IllegalArgumentException("latency needs both minMs and maxMs");
  }

  public Latency toLatency() {
    if (fixedMs != null) return Latency.fixed(fixedMs);
    if (meanMs != null) return Latency.exponential(meanMs);
    return Latency.uniform(minMs, maxMs);
  }
}

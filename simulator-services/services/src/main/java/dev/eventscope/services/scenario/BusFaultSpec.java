package dev.eventscope.services.scenario;

import dev.eventscope.runtime.fault.BusFaults;

/** Bus faults as a scenario writes them; what is left out keeps its current value. */
public record BusFaultSpec(LatencySpec latency, Double dropRate, Double duplicateRate, Double reorderRate) {
  BusFaults applyTo(BusFaults current) {
    return new BusFaults(
        latency == null ? current.latency() : latency.toLatency(),
        dropRate == null ? current.dropRate() : dropRate,
        duplicateRate == null ? current.duplicateRate() : duplicateRate,
        reorderRate == null ? current.reorderRate() : reorderRate);
  }
}

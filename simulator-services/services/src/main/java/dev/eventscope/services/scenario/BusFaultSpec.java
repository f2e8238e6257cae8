package dev.eventscope.services.scenario;

import dev.eventscope.runtime.fault.BusFaults;

/** Bus faults as a scenario writes them; what is left out keeps its current value. */
public record BusFaultSpec(LatencySpec latency, Double dropRate, Double duplicateRate, Double reorderRate) {
  public BusFaultSpec {
    // Refuses rates out of range as the file is read, not when the fault is switched on.
    applyTo(BusFaults.NONE, dropRate, duplicateRate, reorderRate);
  }

  BusFaults applyTo(BusFaults current) {
    BusFaults next = applyTo(current, dropRate, duplicateRate, reorderRate);
    return latency == null ? next : next.withLatency(latency.toLatency());
  }

  private static BusFaults applyTo(BusFaults current, Double drop, Double duplicate, Double reorder) {
    return new BusFaults(current.latency(),
        drop == null ? current.dropRate() : drop,
        duplicate == null ? current.duplicateRate() : duplicate,
        reorder == null ? current.reorderRate() : reorder);
  }
}

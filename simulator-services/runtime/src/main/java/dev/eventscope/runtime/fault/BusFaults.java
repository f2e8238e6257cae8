package dev.eventscope.runtime.fault;

/**
 * What the bus does wrong on delivery: hold messages back, lose them, deliver them twice, or let
 * later ones overtake them. Rates are probabilities per delivery.
 */
public record BusFaults(Latency latency, double dropRate, double duplicateRate, double reorderRate) {
  public static final BusFaults NONE = new BusFaults(Latency.NONE, 0, 0, 0);

  public BusFaults {
    if (latency == null) latency = Latency.NONE;
    Rates.check("dropRate", dropRate);
    Rates.check("duplicateRate", duplicateRate);
    Rates.check("reorderRate", reorderRate);
  }

  public boolean active() {
    return latency.active() || dropRate > 0 || duplicateRate > 0 || reorderRate > 0;
  }

  /** True when deliveries can go missing or overtake each other, so the store must be swept for them. */
  public boolean lossy() {
    return dropRate > 0 || reorderRate > 0;
  }

  public BusFaults withLatency(Latency value) {
    return new BusFaults(value, dropRate, duplicateRate, reorderRate);
  }

  public BusFaults withDropRate(double value) {
    return new BusFaults(latency, value, duplicateRate, reorderRate);
  }

  public BusFaults withDuplicateRate(double value) {
    return new BusFaults(latency, dropRate, value, reorderRate);
  }

  public BusFaults withReorderRate(double value) {
    return new BusFaults(latency, dropRate, duplicateRate, value);
  }
}

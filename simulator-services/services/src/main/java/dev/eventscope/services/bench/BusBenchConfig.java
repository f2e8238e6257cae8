package dev.eventscope.services.bench;

import dev.eventscope.runtime.bus.BusSettings;

/**
 * One run of the {@code bus} workload: {@code messages} order events through the named bus
 * strategy after {@code warmup} unmeasured ones, with the brokers where {@code brokers} says.
 */
public record BusBenchConfig(String bus, int messages, int warmup, BusSettings brokers) {
  public static final String BUS = "bus";

  public BusBenchConfig {
    if (messages < 1) throw new IllegalArgumentException("messages must be at least 1");
    if (warmup < 0) throw new IllegalArgumentException("warmup must not be negative");
  }
}

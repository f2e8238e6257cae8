package dev.eventscope.services.system;

import dev.eventscope.runtime.bus.BusSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the order-fulfilment system: where it stores ({@code memory}, {@code embedded} or a
 * MongoDB connection string, with the data folder for {@code embedded}), which bus and where its
 * broker is, whether hops are traced, and the saga's step deadline.
 */
public record SystemSettings(String store, Path dataDir, String bus, BusSettings busSettings, boolean tracing, Duration sagaDeadline,
    boolean stopAtUndecodable) {
  public static SystemSettings of(String store, Path dataDir, String bus) {
    return new SystemSettings(store, dataDir, bus, BusSettings.fromEnvironment(System.getenv()), true, Duration.ofSeconds(30), false);
  }

  public static SystemSettings inMemory() {
    return of("memory", null, "memory");
  }

  public SystemSettings withSagaDeadline(Duration deadline) {
    return new SystemSettings(store, dataDir, bus, busSettings, tracing, deadline, stopAtUndecodable);
  }

  public SystemSettings withTracing(boolean enabled) {
    return new SystemSettings(store, dataDir, bus, busSettings, enabled, sagaDeadline, stopAtUndecodable);
  }

  public SystemSettings withBusSettings(BusSettings settings) {
    return new SystemSettings(store, dataDir, bus, settings, tracing, sagaDeadline, stopAtUndecodable);
  }

  /** The outbox holds at a stored event it cannot decode (an operator repairs it) instead of passing it. */
  public SystemSettings withStopAtUndecodable(boolean stop) {
    return new SystemSettings(store, dataDir, bus, busSettings, tracing, sagaDeadline, stop);
  }
}

package dev.eventscope.services.simulation;

import dev.eventscope.runtime.bus.BusSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One headless run: how many orders, how fast ({@code ratePerSecond} null = as fast as possible),
 * the seed that decides every order's business outcome, and where it runs.
 *
 * @param store {@code memory}, {@code embedded} or a MongoDB connection string
 * @param dataDir the data folder for the embedded store
 * @param bus the bus strategy the run starts on
 * @param sagaDeadline how long a saga step may wait for its answer; generous by default, because a
 *     big run on a slow store queues answers for a while and a timeout would change the outcome
 * @param timeout how long to wait for every order to reach a final status
 * @param switching the strategies to cycle through while orders are placed (none by default)
 * @param busSettings where the brokers are
 */
public record SimulationConfig(
    int orders,
    Double ratePerSecond,
    long seed,
    double paymentDeclineRate,
    double stockShortageRate,
    String store,
    Path dataDir,
    String bus,
    int clients,
    Duration sagaDeadline,
    Duration timeout,
    BusSwitching switching,
    BusSettings busSettings) {

  /** Switch to the next of {@code buses} (cyclically) every {@code every}; an empty list never switches. */
  public record BusSwitching(List<String> buses, Duration every) {
    public static final BusSwitching NONE = new BusSwitching(List.of(), Duration.ofSeconds(1));

    public BusSwitching {
      buses = List.copyOf(buses);
      if (every == null || every.isNegative() || every.isZero()) throw new IllegalArgumentException("the switch interval must be positive");
    }

    public boolean active() {
      return buses.size() > 1;
    }
  }

  public static SimulationConfig defaults() {
    return new SimulationConfig(1_000, null, 42L, 0.0, 0.0, "memory", null, "memory", 4, Duration.ofMinutes(10),
        Duration.ofMinutes(30), BusSwitching.NONE, BusSettings.fromEnvironment(System.getenv()));
  }

  public SimulationConfig withOrders(int value) {
    return new SimulationConfig(value, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients,
        sagaDeadline, timeout, switching, busSettings);
  }

  public SimulationConfig withRates(double decline, double shortage) {
    return new SimulationConfig(orders, ratePerSecond, seed, decline, shortage, store, dataDir, bus, clients,
        sagaDeadline, timeout, switching, busSettings);
  }

  public SimulationConfig withStore(String value, Path data) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, value, data, bus, clients,
        sagaDeadline, timeout, switching, busSettings);
  }

  public SimulationConfig withSeed(long value) {
    return new SimulationConfig(orders, ratePerSecond, value, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients,
        sagaDeadline, timeout, switching, busSettings);
  }

  public SimulationConfig withRate(Double value) {
    return new SimulationConfig(orders, value, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients,
        sagaDeadline, timeout, switching, busSettings);
  }

  public SimulationConfig withClients(int value) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, value,
        sagaDeadline, timeout, switching, busSettings);
  }

  public SimulationConfig withTimeout(Duration value) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients,
        sagaDeadline, value, switching, busSettings);
  }

  public SimulationConfig withSagaDeadline(Duration value) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients,
        value, timeout, switching, busSettings);
  }

  /** Starts on {@code first}; with {@code switching} active it cycles through its list during the run. */
  public SimulationConfig withBus(String first, BusSwitching plan, BusSettings settings) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, first, clients,
        sagaDeadline, timeout, plan, settings);
  }
}

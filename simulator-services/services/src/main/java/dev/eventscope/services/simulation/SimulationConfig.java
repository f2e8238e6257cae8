package dev.eventscope.services.simulation;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One headless run: how many orders, how fast ({@code ratePerSecond} null = as fast as possible),
 * the seed that decides every order's business outcome, and where it runs.
 *
 * @param store {@code memory}, {@code embedded} or a MongoDB connection string
 * @param dataDir the data folder for the embedded store
 * @param bus the bus strategy ({@code memory} until the broker strategies land)
 * @param sagaDeadline how long a saga step may wait for its answer; generous by default, because a
 *     big run on a slow store queues answers for a while and a timeout would change the outcome
 * @param timeout how long to wait for every order to reach a final status
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
    Duration timeout) {

  public static SimulationConfig defaults() {
    return new SimulationConfig(1_000, null, 42L, 0.0, 0.0, "memory", null, "memory", 4, Duration.ofMinutes(10), Duration.ofMinutes(30));
  }

  public SimulationConfig withOrders(int orders) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients, sagaDeadline, timeout);
  }

  public SimulationConfig withRates(double paymentDeclineRate, double stockShortageRate) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients, sagaDeadline, timeout);
  }

  public SimulationConfig withStore(String store, Path dataDir) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients, sagaDeadline, timeout);
  }

  public SimulationConfig withSeed(long seed) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients, sagaDeadline, timeout);
  }

  public SimulationConfig withRate(Double ratePerSecond) {
    return new SimulationConfig(orders, ratePerSecond, seed, paymentDeclineRate, stockShortageRate, store, dataDir, bus, clients, sagaDeadline, timeout);
  }
}

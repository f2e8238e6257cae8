package dev.eventscope.services.fleet;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.services.scenario.LoadProfile;
import dev.eventscope.services.simulation.LatencyBuckets;
import dev.eventscope.services.simulation.OrderDriver;
import dev.eventscope.services.simulation.OrderGenerator;
import dev.eventscope.services.simulation.OrderGenerator.PlannedOrder;
import dev.eventscope.services.simulation.Pacer;
import dev.eventscope.services.simulation.RunProbe;
import dev.eventscope.services.simulation.SimulationConfig;
import dev.eventscope.services.simulation.SimulationReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.HdrHistogram.ConcurrentHistogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulation run against a running fleet: the seed's orders go to the orders process over its
 * API (stock to inventory's), the run watches the orders' store until every order is final, waits
 * for the inboxes to settle, then checks every store of the fleet and reports like a one-process
 * run (counters summed over the processes' {@code /metrics}).
 */
public final class FleetSimulation {
  private static final Logger LOG = LoggerFactory.getLogger(FleetSimulation.class);
  private static final String SOURCE = "simulator";
  private static final Duration SETTLE_LIMIT = Duration.ofSeconds(60);

  private final FleetState state;
  private final Path fleetFile;
  private final SimulationConfig config;
  private final Mediator fleet;

  private FleetSimulation(FleetState state, Path fleetFile, SimulationConfig config) {
    this.state = state;
    this.fleetFile = fleetFile;
    this.config = config;
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    this.fleet = Mediator.builder(codec.registry()).forwarder(new RemoteCommands(fleetFile, Set.of(), codec)).build();
  }

  public static SimulationReport run(FleetState state, Path fleetFile, SimulationConfig config) {
    return new FleetSimulation(state, fleetFile, config).execute();
  }

  private SimulationReport execute() {
    FleetCounters before = FleetCounters.read(state);
    try (FleetStores stores = new FleetStores(state, fleetFile.toAbsolutePath().getParent())) {
      RunProbe probe = new RunProbe();
      EventStore orders = stores.events(FleetService.ORDERS);
      long from = orders.lastPosition();
      probe.begin(from);
      List<PlannedOrder> plan = OrderGenerator.plan(config.orders(), config.seed(), config.paymentDeclineRate(), config.stockShortageRate());
      double seconds;
      try (StoreTail tail = StoreTail.start(orders, from, probe)) {
        OrderGenerator.stockFor(plan).forEach((sku, quantity) -> fleet.send(new RestockItem(sku, quantity), SOURCE));
        long started = System.nanoTime();
        Pacer pacer = new Pacer(LoadProfile.constant(config.ratePerSecond()), plan.size(), null);
        new OrderDriver(fleet, probe, config.clients()).place(pacer, i -> plan.get(i).command());
        if (!probe.awaitAllFinal(config.timeout().toMillis())) LOG.warn("the fleet run timed out with orders still pending");
        seconds = (System.nanoTime() - started) / 1e9;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      if (!settle(stores)) LOG.warn("the fleet's stores were still changing after {}", SETTLE_LIMIT);
      FleetCounters after = FleetCounters.read(state);
      FleetConsistency.Result checked = FleetConsistency.check(state, stores);
      return report(probe, before, after, checked, seconds);
    }
  }

  /** Waits until no store of the fleet has changed for a second (the inboxes have caught up). */
  private boolean settle(FleetStores stores) {
    long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
    long[] last = positions(stores);
    int quiet = 0;
    while (System.nanoTime() < deadline) {
      sleep(250);
      long[] now = positions(stores);
      quiet = Arrays.equals(now, last) ? quiet + 1 : 0;
      if (quiet >= 4) return true;
      last = now;
    }
    return false;
  }

  private static long[] positions(FleetStores stores) {
    FleetService[] services = FleetService.values();
    long[] positions = new long[services.length];
    for (int i = 0; i < services.length; i++) positions[i] = stores.events(services[i]).lastPosition();
    return positions;
  }

  private SimulationReport report(RunProbe probe, FleetCounters before, FleetCounters after, FleetConsistency.Result checked,
      double seconds) {
    ConcurrentHistogram latency = probe.latencyMicros();
    List<String> mismatches = new ArrayList<>(checked.consistency().mismatches());
    after.unreachable().forEach(process -> mismatches.add("no counters from " + process));
    return new SimulationReport(
        "fleet: " + FleetService.allNames() + " on " + (FleetState.EMBEDDED.equals(state.store()) ? "embedded stores" : state.mongoUri()),
        state.bus(),
        config.seed(),
        new SimulationReport.Commands(delta(before, after, Metrics.COMMANDS_SENT), delta(before, after, Metrics.COMMANDS_ACCEPTED),
            delta(before, after, Metrics.COMMANDS_REJECTED)),
        new SimulationReport.Events(delta(before, after, Metrics.EVENTS_STORED), delta(before, after, Metrics.EVENTS_PUBLISHED),
            delta(before, after, Metrics.EVENTS_DELIVERED), delta(before, after, Metrics.DUPLICATES_SUPPRESSED),
            delta(before, after, Metrics.DEAD_LETTERED), checked.lost(), checked.twice()),
        probe.outcomes(),
        SimulationReport.Throughput.of(probe.placed(), seconds),
        SimulationReport.Latency.ofMicros(latency),
        new SimulationReport.Consistency(checked.consistency().ok() && after.unreachable().isEmpty(), mismatches),
        List.of(), List.of(), SimulationReport.round(seconds), null, null, null, LatencyBuckets.of(latency));
  }

  private static long delta(FleetCounters before, FleetCounters after, String counter) {
    return after.since(before, counter);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

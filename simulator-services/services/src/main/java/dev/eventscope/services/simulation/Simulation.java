package dev.eventscope.services.simulation;

import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockLevels;
import dev.eventscope.contracts.inventory.StockQuery.ListStockLevels;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.simulation.OrderGenerator.PlannedOrder;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the order-fulfilment system headless: stocks the shelves, places the seed's orders from a
 * few concurrent clients, waits until every order has a final status, then checks the whole
 * store for consistency and reports.
 */
public final class Simulation {
  private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);
  private static final String SOURCE = "simulator";

  private Simulation() {}

  public static SimulationReport run(SimulationConfig config) {
    SystemSettings settings = SystemSettings.of(config.store(), config.dataDir(), config.bus())
        .withSagaDeadline(config.sagaDeadline())
        .withBusSettings(config.busSettings());
    RunProbe probe = new RunProbe();
    try (EventSystem system = OrderFulfilmentSystem.start(settings, List.of(probe))) {
      return new Simulation.Run(config, system, probe).execute();
    }
  }

  /** The state of one run while it executes. */
  private static final class Run {
    private final SimulationConfig config;
    private final EventSystem system;
    private final RunProbe probe;

    Run(SimulationConfig config, EventSystem system, RunProbe probe) {
      this.config = config;
      this.system = system;
      this.probe = probe;
    }

    SimulationReport execute() {
      List<PlannedOrder> plan = OrderGenerator.plan(config.orders(), config.seed(), config.paymentDeclineRate(), config.stockShortageRate());
      OrderGenerator.stockFor(plan).forEach((sku, quantity) -> system.mediator().send(new RestockItem(sku, quantity), SOURCE));
      probe.expect(plan.size());
      long started = System.nanoTime();
      boolean allFinal;
      String switchFailure;
      try (BusCycler cycler = new BusCycler(system, config.switching(), config.busSettings()).start()) {
        new OrderDriver(system.mediator(), probe, config.clients(), config.ratePerSecond()).place(plan);
        allFinal = awaitFinal();
        switchFailure = cycler.failure();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      boolean quiet = system.awaitQuiescent(Duration.ofSeconds(60));
      if (!allFinal || !quiet) LOG.warn("run ended with orders still pending (all final: {}, quiescent: {})", allFinal, quiet);
      return report(plan, seconds, switchFailure);
    }

    private boolean awaitFinal() {
      try {
        return probe.awaitAllFinal(config.timeout().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private SimulationReport report(List<PlannedOrder> plan, double seconds, String switchFailure) {
      Metrics metrics = system.metrics();
      Map<java.util.UUID, OrderStatus> statuses = probe.finalStatuses();
      long confirmed = statuses.values().stream().filter(s -> s == OrderStatus.CONFIRMED || s == OrderStatus.SHIPPED).count();
      long rejected = statuses.values().stream().filter(s -> s == OrderStatus.REJECTED).count();
      long cancelled = statuses.values().stream().filter(s -> s == OrderStatus.CANCELLED).count();
      long pending = plan.size() - confirmed - rejected - cancelled;
      SimulationReport.Consistency consistency = consistency();
      var latency = probe.latencyMicros();
      return new SimulationReport(
          system.backend().events().describe(),
          system.bus().strategy(),
          config.seed(),
          new SimulationReport.Commands(metrics.get(Metrics.COMMANDS_SENT), metrics.get(Metrics.COMMANDS_ACCEPTED), metrics.get(Metrics.COMMANDS_REJECTED)),
          new SimulationReport.Events(metrics.get(Metrics.EVENTS_STORED), metrics.get(Metrics.EVENTS_PUBLISHED),
              metrics.get(Metrics.EVENTS_DELIVERED), metrics.get(Metrics.DUPLICATES_SUPPRESSED),
              metrics.get(Metrics.DEAD_LETTERED), lostEvents(), probe.appliedTwice()),
          new SimulationReport.Orders(confirmed, rejected, cancelled, pending),
          new SimulationReport.Throughput(round(plan.size() / Math.max(seconds, 1e-9))),
          new SimulationReport.Latency(millis(latency.getValueAtPercentile(50)), millis(latency.getValueAtPercentile(95)),
              millis(latency.getValueAtPercentile(99))),
          consistency,
          system.busSwitches().stream().map(s -> new SimulationReport.Switch(s.from(), s.to(), s.drainMs())).toList(),
          switchFailure == null ? List.of() : List.of(new SimulationReport.Expectation("bus switches", false, switchFailure)),
          round(seconds));
    }

    private SimulationReport.Consistency consistency() {
      List<Projection> live = system.subscribers().stream()
          .map(reliable -> reliable.subscriber())
          .filter(Projection.class::isInstance)
          .map(Projection.class::cast)
          .toList();
      List<Projection> rebuilt = OrderFulfilmentSystem.rebuildProjections(system.backend().events());
      SimulationReport.Consistency fromStore = ConsistencyChecker.check(system.backend().events(), live, rebuilt);
      List<String> mismatches = new ArrayList<>(fromStore.mismatches());
      StockLevels levels = system.mediator().query(new ListStockLevels(), SOURCE);
      for (StockLevel level : levels.items()) {
        if (level.available() < 0 || level.available() + level.reserved() != level.received() - level.shipped()) {
          mismatches.add("stock level " + level.sku() + " breaks reserved + available = received - shipped: " + level);
        }
      }
      return new SimulationReport.Consistency(fromStore.ok() && mismatches.size() == fromStore.mismatches().size(), mismatches);
    }

    /** Stored events the probe (a subscriber like any other) never received. */
    private long lostEvents() {
      long lost = 0;
      long after = 0;
      for (List<StoredEvent> page = system.backend().events().readAll(after, 5_000); !page.isEmpty();
          page = system.backend().events().readAll(after, 5_000)) {
        for (StoredEvent event : page) {
          if (probe.contexts().contains(event.context()) && !probe.received(event.position())) lost++;
          after = event.position();
        }
      }
      return lost;
    }

    private static double millis(long micros) {
      return round(micros / 1_000.0);
    }

    private static double round(double value) {
      return Math.round(value * 100.0) / 100.0;
    }
  }

}

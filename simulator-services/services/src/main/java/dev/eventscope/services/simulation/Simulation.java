package dev.eventscope.services.simulation;

import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.scenario.LoadProfile;
import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioRun;
import dev.eventscope.services.simulation.OrderGenerator.PlannedOrder;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the order-fulfilment system headless: either a plain run (stock the shelves, place the
 * seed's orders from a few concurrent clients, wait until every order has a final status) or a
 * scenario; then checks the whole store for consistency and reports.
 */
public final class Simulation {
  private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);
  private static final String SOURCE = "simulator";

  private Simulation() {}

  public static SimulationReport run(SimulationConfig config) {
    RunProbe probe = new RunProbe();
    try (EventSystem system = OrderFulfilmentSystem.start(settings(config), List.of(probe))) {
      return new Simulation.Run(config, system, probe).execute();
    }
  }

  /** Plays {@code scenario} on a system started as {@code config} says (store, bus, clients, timeout). */
  public static SimulationReport run(SimulationConfig config, Scenario scenario) {
    RunProbe probe = new RunProbe();
    try (EventSystem system = OrderFulfilmentSystem.start(settings(config), List.of(probe))) {
      return new ScenarioRun(system, probe, scenario, config.clients(), config.timeout()).execute();
    }
  }

  private static SystemSettings settings(SimulationConfig config) {
    return SystemSettings.of(config.store(), config.dataDir(), config.bus())
        .withSagaDeadline(config.sagaDeadline())
        .withBusSettings(config.busSettings());
  }

  /** The state of one plain run while it executes. */
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
      probe.begin(system.backend().events().lastPosition());
      RunReporter reporter = new RunReporter(system, probe);
      List<PlannedOrder> plan = OrderGenerator.plan(config.orders(), config.seed(), config.paymentDeclineRate(), config.stockShortageRate());
      OrderGenerator.stockFor(plan).forEach((sku, quantity) -> system.mediator().send(new RestockItem(sku, quantity), SOURCE));
      long started = System.nanoTime();
      boolean allFinal;
      String switchFailure;
      RunSeries series = new RunSeries(probe, system.metrics()).start();
      try (BusCycler cycler = new BusCycler(system, config.switching(), config.busSettings()).start()) {
        Pacer pacer = new Pacer(LoadProfile.constant(config.ratePerSecond()), plan.size(), null);
        new OrderDriver(system.mediator(), probe, config.clients()).place(pacer, i -> plan.get(i).command());
        allFinal = awaitFinal();
        switchFailure = cycler.failure();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      boolean quiet = system.awaitQuiescent(Duration.ofSeconds(60));
      if (!allFinal || !quiet) LOG.warn("run ended with orders still pending (all final: {}, quiescent: {})", allFinal, quiet);
      series.close();
      List<SimulationReport.Expectation> checks = switchFailure == null ? List.of()
          : List.of(new SimulationReport.Expectation("bus switches", false, switchFailure));
      return reporter.report(config.seed(), seconds, series, checks);
    }

    private boolean awaitFinal() {
      try {
        return probe.awaitAllFinal(config.timeout().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}

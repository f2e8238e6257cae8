package dev.eventscope.services.reliability;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioRun;
import dev.eventscope.services.simulation.RunProbe;
import dev.eventscope.services.simulation.SimulationReport;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One fault run: the whole system on one bus, a scenario's load, and a fault that strikes while
 * it runs (injected through the scenario, or done to the system or a broker by {@code fault});
 * then every event is checked. Recovery is the time from the end of the fault to the last
 * order's final status.
 */
final class FaultRun {
  /** What the test does to the running system; returns when the fault is over ({@link System#nanoTime()}), or 0 if it never ended. */
  @FunctionalInterface
  interface Fault {
    long strike(EventSystem system) throws Exception;

    Fault NONE = system -> 0;
  }

  /** One row of RELIABILITY.md, plus what the assertions need. */
  record Result(String bus, String fault, long load, long eventsChecked, long lost, long duplicated, long recoverySeconds,
      boolean consistent, DeliveryVerdict verdict, SimulationReport report) {
    ReliabilityRow row() {
      return new ReliabilityRow(bus, fault, load, eventsChecked, lost, duplicated, recoverySeconds);
    }
  }

  private FaultRun() {}

  static Result run(String bus, BusSettings brokers, String faultName, Scenario scenario, Fault fault) throws Exception {
    return run("memory", bus, brokers, faultName, scenario, fault);
  }

  /** @param store {@code memory} or a MongoDB connection string */
  static Result run(String store, String bus, BusSettings brokers, String faultName, Scenario scenario, Fault fault) throws Exception {
    try {
      return runOnce(store, bus, brokers, faultName, scenario, fault);
    } finally {
      // Queues, streams and topics of this run's own prefix: left behind, hundreds of quorum queues wedge RabbitMQ.
      BusFixtures.removeBrokerState(brokers);
    }
  }

  private static Result runOnce(String store, String bus, BusSettings brokers, String faultName, Scenario scenario, Fault fault)
      throws Exception {
    RunProbe probe = new RunProbe();
    SystemSettings settings = SystemSettings.of(store, null, bus).withBusSettings(brokers);
    try (EventSystem system = OrderFulfilmentSystem.start(settings, List.of(probe))) {
      ScenarioRun run = new ScenarioRun(system, probe, scenario, 4, Duration.ofMinutes(2)).start();
      long faultEnded = fault.strike(system);
      SimulationReport report = run.result().get(4, TimeUnit.MINUTES);
      DeliveryVerdict verdict = DeliveryCheck.check(system, probe, probe.watchingAfter());
      if (faultEnded == 0) faultEnded = System.nanoTime() - (long) (report.scenario().settleSeconds() * 1e9);
      long recovery = (long) Math.ceil(Math.max(0, probe.lastFinalNanos() - faultEnded) / 1e9);
      return new Result(bus, faultName, probe.placed(), verdict.eventsChecked(), verdict.lost() + verdict.acknowledgedButNotStored(),
          verdict.appliedTwice(), recovery, report.consistency().ok(), verdict, report);
    }
  }
}

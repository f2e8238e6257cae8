package dev.eventscope.services.simulation;

import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockLevels;
import dev.eventscope.contracts.inventory.StockQuery.ListStockLevels;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a finished run's report: counters since the run began, outcomes, latency, lost and
 * doubled events as the probe saw them, and a consistency check of the read models against a
 * rebuild from the whole store.
 */
public final class RunReporter {
  private static final String SOURCE = "simulator";

  private final EventSystem system;
  private final RunProbe probe;
  private final Map<String, Long> before;

  /** Call when the run begins: counters are reported as differences from this moment. */
  public RunReporter(EventSystem system, RunProbe probe) {
    this.system = system;
    this.probe = probe;
    this.before = system.metrics().snapshot();
  }

  public SimulationReport report(long seed, double seconds, RunSeries series, List<SimulationReport.Expectation> expectations) {
    long confirmed = probe.count(OrderStatus.CONFIRMED) + probe.count(OrderStatus.SHIPPED);
    long rejected = probe.count(OrderStatus.REJECTED);
    long cancelled = probe.count(OrderStatus.CANCELLED);
    long pending = probe.placed() - confirmed - rejected - cancelled;
    var latency = probe.latencyMicros();
    return new SimulationReport(
        system.backend().events().describe(),
        system.bus().strategy(),
        seed,
        new SimulationReport.Commands(since(Metrics.COMMANDS_SENT), since(Metrics.COMMANDS_ACCEPTED), since(Metrics.COMMANDS_REJECTED)),
        new SimulationReport.Events(since(Metrics.EVENTS_STORED), since(Metrics.EVENTS_PUBLISHED),
            since(Metrics.EVENTS_DELIVERED), since(Metrics.DUPLICATES_SUPPRESSED),
            since(Metrics.DEAD_LETTERED), lostEvents(), probe.appliedTwice()),
        new SimulationReport.Orders(confirmed, rejected, cancelled, pending),
        new SimulationReport.Throughput(round(probe.placed() / Math.max(seconds, 1e-9))),
        new SimulationReport.Latency(millis(latency.getValueAtPercentile(50)), millis(latency.getValueAtPercentile(95)),
            millis(latency.getValueAtPercentile(99))),
        consistency(),
        system.busSwitches().stream().map(s -> new SimulationReport.Switch(s.from(), s.to(), s.drainMs())).toList(),
        expectations,
        round(seconds),
        null,
        faultsSince(),
        series.points(),
        LatencyBuckets.of(latency));
  }

  /** Events of a type stored since the run began. */
  public long storedSince(String... types) {
    List<String> wanted = List.of(types);
    long count = 0;
    long after = probe.watchingAfter();
    for (List<StoredEvent> page = system.backend().events().readAll(after, 5_000); !page.isEmpty();
        page = system.backend().events().readAll(after, 5_000)) {
      for (StoredEvent event : page) {
        if (wanted.contains(event.envelope().type())) count++;
        after = event.position();
      }
    }
    return count;
  }

  private long since(String counter) {
    return system.metrics().get(counter) - before.getOrDefault(counter, 0L);
  }

  private Map<String, Long> faultsSince() {
    Map<String, Long> faults = new HashMap<>();
    RunSeries.faultCounts(system.metrics()).forEach((kind, count) -> {
      long delta = count - before.getOrDefault("faults." + kind, 0L);
      if (delta > 0) faults.put(kind, delta);
    });
    return faults;
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

  /** Stored events since the run began that the probe (a subscriber like any other) never received. */
  private long lostEvents() {
    long lost = 0;
    long after = probe.watchingAfter();
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

  static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}

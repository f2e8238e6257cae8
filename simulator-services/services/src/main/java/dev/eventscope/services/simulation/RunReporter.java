package dev.eventscope.services.simulation;

import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockLevels;
import dev.eventscope.contracts.inventory.StockQuery.ListStockLevels;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.DeliveryLedger;
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
  private Map<String, Long> storedByType = Map.of();

  /** Call when the run begins: counters are reported as differences from this moment. */
  public RunReporter(EventSystem system, RunProbe probe) {
    this.system = system;
    this.probe = probe;
    this.before = system.metrics().snapshot();
  }

  public SimulationReport report(long seed, double seconds, RunSeries series, List<SimulationReport.Expectation> expectations) {
    Scan scan = scan();
    storedByType = scan.byType();
    var latency = probe.latencyMicros();
    return new SimulationReport(
        system.backend().events().describe(),
        system.bus().strategy(),
        seed,
        new SimulationReport.Commands(since(Metrics.COMMANDS_SENT), since(Metrics.COMMANDS_ACCEPTED), since(Metrics.COMMANDS_REJECTED)),
        new SimulationReport.Events(since(Metrics.EVENTS_STORED), since(Metrics.EVENTS_PUBLISHED),
            since(Metrics.EVENTS_DELIVERED), since(Metrics.DUPLICATES_SUPPRESSED),
            since(Metrics.DEAD_LETTERED), scan.lost(), scan.twice()),
        probe.outcomes(),
        SimulationReport.Throughput.of(probe.placed(), seconds),
        SimulationReport.Latency.ofMicros(latency),
        consistency(),
        system.busSwitches().stream().map(s -> new SimulationReport.Switch(s.from(), s.to(), s.drainMs())).toList(),
        expectations,
        SimulationReport.round(seconds),
        null,
        faultsSince(),
        series.points(),
        LatencyBuckets.of(latency));
  }

  /** Events of these types stored since the run began, as counted by the last {@link #report}. */
  public long storedSince(String... types) {
    long count = 0;
    for (String type : types) count += storedByType.getOrDefault(type, 0L);
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

  /**
   * One pass over what was stored since the run began: events of the probe's contexts it never
   * received (lost) or received more than once, by its delivery ledger, and counts by type.
   */
  private Scan scan() {
    DeliveryLedger.Book probed = system.ledger().book(RunProbe.NAME);
    long lost = 0;
    long twice = 0;
    Map<String, Long> byType = new HashMap<>();
    long after = probe.watchingAfter();
    for (List<StoredEvent> page = system.backend().events().readAll(after, 5_000); !page.isEmpty();
        page = system.backend().events().readAll(after, 5_000)) {
      for (StoredEvent event : page) {
        byType.merge(event.envelope().type(), 1L, Long::sum);
        if (probe.contexts().contains(event.context())) {
          if (!probed.applied(event.position(), false)) lost++;
          else if (probed.applied(event.position(), true)) twice++;
        }
        after = event.position();
      }
    }
    return new Scan(lost, twice, byType);
  }

  private record Scan(long lost, long twice, Map<String, Long> byType) {}
}

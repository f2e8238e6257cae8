package dev.eventscope.services.fleet;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.simulation.ConsistencyChecker;
import dev.eventscope.services.simulation.SimulationReport;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The consistency check of a fleet, across every service's store: the business invariants over
 * each service's own events; each service's read models against a rebuild from its store; and
 * the inboxes — every event a service subscribes to from another service must be in its store
 * exactly once (missing = lost, twice = a duplicate that got in).
 */
public final class FleetConsistency {
  private static final int LISTED_PER_GAP = 3;

  private final FleetStores stores;
  private final LiveReadModels json = new LiveReadModels(new JsonCodec(OrderFulfilmentContracts.registry()).mapper());
  private final Map<FleetService, Map<String, Set<UUID>>> held = new EnumMap<>(FleetService.class);
  private final List<String> mismatches = new ArrayList<>();
  private long lost;
  private long twice;

  private FleetConsistency(FleetStores stores) {
    this.stores = stores;
  }

  /** What the check found. */
  public record Result(SimulationReport.Consistency consistency, long lost, long twice) {}

  /** Checks the fleet {@code state} describes, over its stores. */
  public static Result check(FleetState state, FleetStores stores) {
    FleetConsistency check = new FleetConsistency(stores);
    for (FleetService service : FleetService.values()) check.scan(service);
    for (FleetService service : FleetService.values()) check.compareInbox(service);
    List<ConsistencyChecker.Source> sources = new ArrayList<>();
    List<ConsistencyChecker.ReadModelRows> readModels = new ArrayList<>();
    for (FleetService service : FleetService.values()) {
      EventStore events = stores.events(service);
      sources.add(new ConsistencyChecker.Source(events, event -> service.contexts().contains(event.context())));
      readModels.addAll(check.readModels(state, service));
    }
    return new Result(ConsistencyChecker.check(sources, readModels, check.mismatches), check.lost, check.twice);
  }

  /**
   * A service's read models against a rebuild from its store: read from its store when they live
   * there, else from its first process's API (they live in that process's memory).
   */
  private List<ConsistencyChecker.ReadModelRows> readModels(FleetState state, FleetService service) {
    EventStore events = stores.events(service);
    List<Projection> rebuilt = OrderFulfilmentSystem.rebuildProjections(events, service.contexts()::contains);
    List<ConsistencyChecker.ReadModelRows> rows = new ArrayList<>();
    if (stores.backend(service).durableReadModels()) {
      List<Projection> live = OrderFulfilmentSystem.projections(
          OrderFulfilmentSystem.subscribersOf(events, stores.backend(service).readModels(), service.contexts()::contains));
      for (Projection fresh : rebuilt) {
        Map<String, ?> current = live.stream().filter(p -> p.name().equals(fresh.name())).findFirst().<Map<String, ?>>map(Projection::rows)
            .orElse(null);
        rows.add(new ConsistencyChecker.ReadModelRows(fresh.name(), current, fresh.rows()));
      }
      return rows;
    }
    String api = state.processesOf(service).isEmpty() ? null : state.processesOf(service).get(0).api();
    for (Projection fresh : rebuilt) {
      rows.add(new ConsistencyChecker.ReadModelRows(fresh.name() + " (" + service.serviceName() + ")",
          api == null ? null : json.rows(api, fresh.name()), json.asJson(fresh.rows())));
    }
    return rows;
  }

  private void scan(FleetService service) {
    Map<String, Set<UUID>> byContext = new HashMap<>();
    EventStore store = stores.events(service);
    long after = 0;
    for (List<StoredEvent> page = store.readAll(after, 5_000); !page.isEmpty(); page = store.readAll(after, 5_000)) {
      for (StoredEvent event : page) {
        if (!byContext.computeIfAbsent(event.context(), c -> new HashSet<>()).add(event.envelope().messageId())) {
          twice++;
          mismatches.add(service.serviceName() + " holds " + event.type() + " " + event.envelope().messageId() + " twice");
        }
        after = event.position();
      }
    }
    held.put(service, byContext);
  }

  private void compareInbox(FleetService service) {
    for (String context : FleetMember.foreignContexts(service.contexts())) {
      Set<UUID> published = held.get(FleetService.owning(context)).getOrDefault(context, Set.of());
      Set<UUID> received = held.get(service).getOrDefault(context, Set.of());
      List<UUID> missing = published.stream().filter(id -> !received.contains(id)).toList();
      if (missing.isEmpty()) continue;
      lost += missing.size();
      mismatches.add(service.serviceName() + " never received " + missing.size() + " " + context + " event(s), e.g. "
          + missing.subList(0, Math.min(LISTED_PER_GAP, missing.size())));
    }
  }


}

package dev.eventscope.console.cli;

import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.fleet.FleetService;
import dev.eventscope.services.fleet.FleetState;
import dev.eventscope.services.fleet.FleetStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a finished fleet run's stores say, for its reliability row: how many events the fleet
 * check went through (every event of every service's store), and the recovery — from the restart
 * (or the last order placed, if later) to the last order's final status, from the orders'
 * events' timestamps.
 */
record FleetRunFigures(long events, long recoverySeconds) {
  private static final int PAGE = 5_000;

  static FleetRunFigures of(FleetState state, Path data, Instant restarted) {
    try (FleetStores stores = new FleetStores(state, data)) {
      long events = 0;
      for (FleetService service : FleetService.values()) events += count(stores.events(service));
      Instant lastPlaced = Instant.EPOCH;
      Instant lastFinal = Instant.EPOCH;
      EventStore orders = stores.events(FleetService.ORDERS);
      long after = 0;
      for (List<StoredEvent> page = orders.readAll(after, PAGE); !page.isEmpty(); page = orders.readAll(after, PAGE)) {
        for (StoredEvent event : page) {
          Instant at = event.envelope().occurredAt();
          if (event.payload() instanceof OrderEvent.OrderPlaced && at.isAfter(lastPlaced)) lastPlaced = at;
          if (isFinal(event) && at.isAfter(lastFinal)) lastFinal = at;
          after = event.position();
        }
      }
      Instant from = restarted.isAfter(lastPlaced) ? restarted : lastPlaced;
      long millis = Math.max(0, Duration.between(from, lastFinal).toMillis());
      return new FleetRunFigures(events, (millis + 999) / 1_000);
    }
  }

  private static long count(EventStore store) {
    return store.countBetween(0, store.lastPosition());
  }

  private static boolean isFinal(StoredEvent event) {
    return event.payload() instanceof OrderEvent.OrderConfirmed || event.payload() instanceof OrderEvent.OrderRejected
        || event.payload() instanceof OrderEvent.OrderCancelled;
  }
}

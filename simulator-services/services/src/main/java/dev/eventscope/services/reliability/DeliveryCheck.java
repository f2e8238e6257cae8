package dev.eventscope.services.reliability;

import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.DeliveryLedger;
import dev.eventscope.runtime.subscriber.ReliableSubscriber;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.simulation.RunProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Classifies a finished run from the store and the system's delivery ledger (see
 * {@link DeliveryVerdict}). Call it once the system is quiescent.
 */
public final class DeliveryCheck {
  private static final int PAGE = 5_000;
  private static final int SAMPLES = 10;

  private DeliveryCheck() {}

  /** Checks the events stored after {@code afterPosition} and the commands {@code probe} saw. */
  public static DeliveryVerdict check(EventSystem system, RunProbe probe, long afterPosition) {
    EventStore store = system.backend().events();
    List<ReliableSubscriber> subscribers = system.subscribers();
    DeliveryLedger ledger = system.ledger();
    long events = 0;
    long deliveries = 0;
    long once = 0;
    long twice = 0;
    long parked = 0;
    long lost = 0;
    Map<String, Long> lostBy = new TreeMap<>();
    List<String> samples = new ArrayList<>();
    long after = afterPosition;
    for (List<StoredEvent> page = store.readAll(after, PAGE); !page.isEmpty(); page = store.readAll(after, PAGE)) {
      for (StoredEvent event : page) {
        events++;
        after = event.position();
        for (ReliableSubscriber subscriber : subscribers) {
          if (!subscriber.subscriber().contexts().contains(event.context())) continue;
          deliveries++;
          String name = subscriber.subscriber().name();
          DeliveryLedger.Book book = ledger.book(name);
          if (book.applied(event.position(), true)) {
            twice++;
          } else if (book.applied(event.position(), false)) {
            once++;
          } else if (book.parkedAt(event.position())) {
            parked++;
          } else {
            lost++;
            lostBy.merge(name, 1L, Long::sum);
            if (samples.size() < SAMPLES) samples.add(name + "@" + event.position() + " " + event.envelope().type());
          }
        }
      }
    }
    long notStored = 0;
    for (UUID order : probe.acknowledgedButNotSeen()) {
      if (store.readStream(order.toString(), 0).isEmpty()) notStored++;
    }
    return new DeliveryVerdict(events, deliveries, once, twice, parked, lost, lostBy, samples,
        probe.acknowledgedOrders(), probe.rejectedCommands(), probe.failedCommands(), notStored);
  }
}

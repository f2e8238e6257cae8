package dev.eventscope.runtime.replay;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.MessageIds;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A store of known events: order i is placed at T0 + i seconds and confirmed 100 ms later, in its own flow. */
final class ReplayFixtures {
  static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  private ReplayFixtures() {}

  /** Appends {@code orders} placed-and-confirmed orders; even orders come from context "orders", odd from "legacy". */
  static List<StoredEvent> orders(EventStore store, int orders) {
    List<StoredEvent> stored = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      UUID orderId = UUID.nameUUIDFromBytes(("order-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      UUID flow = MessageIds.next();
      String source = i % 2 == 0 ? "orders" : "legacy";
      Instant at = T0.plusSeconds(i);
      Event placed = new OrderPlaced(orderId, "customer-" + i, List.of(new OrderLine("SKU-1", 1, 100)), 100, "EUR", null);
      stored.addAll(store.append(orderId.toString(), 0, List.of(envelope(placed, flow, at, source))));
      stored.addAll(store.append(orderId.toString(), 1, List.of(envelope(new OrderConfirmed(orderId), flow, at.plusMillis(100), source))));
    }
    return stored;
  }

  static Envelope<Event> envelope(Event payload, UUID correlation, Instant at, String source) {
    return new Envelope<>(MessageIds.next(), Envelope.typeName(payload), 1, correlation, null, at, source, false, null, 0, payload);
  }
}

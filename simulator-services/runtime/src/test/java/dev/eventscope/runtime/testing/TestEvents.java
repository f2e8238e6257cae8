package dev.eventscope.runtime.testing;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.UndecodableEvent;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.eventscope.contracts.message.MessageIds;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Small factories for events in a store, using the order contracts as sample messages. */
public final class TestEvents {
  private TestEvents() {}

  public static Envelope<Event> event(UUID orderId) {
    Envelope<ConfirmOrder> cause = Envelope.first(new ConfirmOrder(orderId), 1, "test");
    return cause.causes(new OrderConfirmed(orderId), 1, "orders");
  }

  /** Appends to an aggregate's stream an event as a store answers one it could not decode (an unregistered type). */
  public static StoredEvent appendUndecodable(EventStore store, UUID aggregate) {
    long version = store.readStream(aggregate.toString(), 0).size();
    UUID id = MessageIds.next();
    Envelope<Event> envelope = new Envelope<>(id, "OrderTeleported", 1, id, null, Instant.now(), "orders", false, null, 0,
        new UndecodableEvent("unknown message type 'OrderTeleported': not in the contract registry", JsonNodeFactory.instance.objectNode()));
    return store.append(aggregate.toString(), version, List.of(envelope)).get(0);
  }

  /** Appends {@code count} events to one aggregate's stream and answers them as stored. */
  public static List<StoredEvent> appendTo(EventStore store, UUID aggregate, int count) {
    long version = store.readStream(aggregate.toString(), 0).size();
    List<StoredEvent> stored = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      stored.addAll(store.append(aggregate.toString(), version++, List.of(event(aggregate))));
    }
    return stored;
  }
}

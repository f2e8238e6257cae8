package dev.eventscope.runtime.testing;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.List;
import java.util.UUID;

/** Small factories for events in a store, using the order contracts as sample messages. */
public final class TestEvents {
  private TestEvents() {}

  public static Envelope<Event> event(UUID orderId) {
    Envelope<ConfirmOrder> cause = Envelope.first(new ConfirmOrder(orderId), 1, "test");
    return cause.causes(new OrderConfirmed(orderId), 1, "orders");
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

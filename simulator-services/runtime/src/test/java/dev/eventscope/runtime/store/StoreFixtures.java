package dev.eventscope.runtime.store;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.runtime.deadletter.DeadLetter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small factories for store tests: order events in envelopes, as a context would append them. */
public final class StoreFixtures {
  public static final JsonCodec CODEC = new JsonCodec(OrderFulfilmentContracts.registry());

  private StoreFixtures() {}

  public static Envelope<Event> orderPlaced(UUID orderId) {
    return envelope(new OrderPlaced(orderId, "customer-7", List.of(new OrderLine("SKU-1", 2, 1_250)), 2_500, "SEK", null));
  }

  public static Envelope<Event> orderConfirmed(UUID orderId) {
    return envelope(new OrderConfirmed(orderId));
  }

  /** A placed order followed by {@code count - 1} confirmations: any number of events for one stream. */
  public static List<Envelope<Event>> orderEvents(UUID orderId, int count) {
    List<Envelope<Event>> events = new ArrayList<>(count);
    events.add(orderPlaced(orderId));
    while (events.size() < count) events.add(orderConfirmed(orderId));
    return events;
  }

  public static Envelope<Event> envelope(Event payload) {
    return Envelope.first(payload, CODEC.registry().of(payload).version(), OrderFulfilmentContracts.ORDERS);
  }

  public static DeadLetter deadLetter(StoredEvent event, String subscriber) {
    return new DeadLetter(UUID.randomUUID(), subscriber, event, 3, "IllegalStateException: boom", Instant.now());
  }

  /** An OrderPlaced payload as schema version 1 wrote it: no currency (every order was in euros). */
  public static String orderPlacedV1Payload(UUID orderId) {
    return "{\"orderId\":\"" + orderId + "\",\"customerId\":\"customer-1\","
        + "\"lines\":[{\"sku\":\"SKU-9\",\"quantity\":1,\"unitPriceCents\":990}],\"totalCents\":990}";
  }

  public static String aggregateId() {
    return "order-" + UUID.randomUUID();
  }
}

package dev.eventscope.services.bench;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stored order events as the outbox hands them to a bus: each order placed, confirmed and shipped
 * (versions 1-3 of its stream), orders interleaved the way concurrent clients interleave them, at
 * consecutive store positions.
 */
final class BenchEvents {
  static final String CONTEXT = "orders";
  private static final ContractRegistry REGISTRY = OrderFulfilmentContracts.registry();
  private static final List<OrderLine> LINES = List.of(new OrderLine("SKU-001", 2, 1_250), new OrderLine("SKU-002", 1, 990));
  /** Orders in flight at once: their events interleave in the store. */
  private static final int INTERLEAVED = 16;

  private BenchEvents() {}

  /** {@code count} events at positions {@code firstPosition}, {@code firstPosition + 1}, ... */
  static List<StoredEvent> orderEvents(long firstPosition, int count) {
    List<StoredEvent> events = new ArrayList<>(count);
    long position = firstPosition;
    while (events.size() < count) {
      List<List<StoredEvent>> orders = new ArrayList<>();
      for (int i = 0; i < INTERLEAVED; i++) orders.add(new ArrayList<>(3));
      for (List<StoredEvent> order : orders) order.addAll(oneOrder());
      for (int step = 0; step < 3; step++) {
        for (List<StoredEvent> order : orders) {
          if (events.size() == count) return events;
          StoredEvent event = order.get(step);
          events.add(new StoredEvent(position++, event.envelope()));
        }
      }
    }
    return events;
  }

  private static List<StoredEvent> oneOrder() {
    UUID orderId = UUID.randomUUID();
    String stream = orderId.toString();
    Envelope<PlaceOrder> place = Envelope.first(new PlaceOrder(orderId, "customer-1", LINES, null), version(PlaceOrder.class), "bench");
    Envelope<Event> placed = place.causes((Event) new OrderPlaced(orderId, "customer-1", LINES, 3_490, "EUR", null),
        version(OrderPlaced.class), CONTEXT).inStream(stream, 1);
    Envelope<ConfirmOrder> confirm = placed.causes(new ConfirmOrder(orderId), version(ConfirmOrder.class), "bench");
    Envelope<Event> confirmed = confirm.causes((Event) new OrderConfirmed(orderId), version(OrderConfirmed.class), CONTEXT).inStream(stream, 2);
    Envelope<Event> shipped = confirmed.causes((Event) new OrderShipped(orderId, UUID.randomUUID()), version(OrderShipped.class), CONTEXT)
        .inStream(stream, 3);
    return List.of(new StoredEvent(0, placed), new StoredEvent(0, confirmed), new StoredEvent(0, shipped));
  }

  private static int version(Class<?> type) {
    return REGISTRY.of(type).version();
  }
}

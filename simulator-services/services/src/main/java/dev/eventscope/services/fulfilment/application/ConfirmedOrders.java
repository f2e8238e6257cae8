package dev.eventscope.services.fulfilment.application;

import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds, in the orders context's store, a confirmed order that has not shipped yet, so the saga can
 * take up a fulfilment it let go once it was settled (its shipment is dispatched much later).
 */
final class ConfirmedOrders {
  private final EventStore store;

  ConfirmedOrders(EventStore store) {
    this.store = store;
  }

  /** The order's placement, if the order is confirmed and not shipped; empty otherwise. */
  Optional<OrderPlaced> awaitingShipment(UUID orderId) {
    OrderPlaced placed = null;
    boolean confirmed = false;
    for (StoredEvent stored : store.readStream(orderId.toString(), 0)) {
      if (stored.undecodable()) return Optional.empty();
      Event event = stored.payload();
      if (event instanceof OrderPlaced placement) placed = placement;
      if (event instanceof OrderConfirmed) confirmed = true;
      if (event instanceof OrderShipped) return Optional.empty();
    }
    return confirmed ? Optional.ofNullable(placed) : Optional.empty();
  }
}

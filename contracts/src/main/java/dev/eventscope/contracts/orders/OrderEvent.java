package dev.eventscope.contracts.orders;

import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.registry.Optional;
import java.util.List;
import java.util.UUID;

/** What happened to an Order. */
public sealed interface OrderEvent extends Event {
  UUID orderId();

  /**
   * Schema version 2: {@code currency} was added. Version 1 documents (no currency) are upcast
   * to {@code EUR}, the only currency version 1 knew (see {@link OrderPlacedV1ToV2}).
   */
  record OrderPlaced(
      UUID orderId, String customerId, List<OrderLine> lines, long totalCents, String currency,
      @Optional String paymentToken)
      implements OrderEvent {}

  record OrderConfirmed(UUID orderId) implements OrderEvent {}

  record OrderRejected(UUID orderId, String reason) implements OrderEvent {}

  record OrderCancelled(UUID orderId, @Optional String reason) implements OrderEvent {}

  record OrderShipped(UUID orderId, UUID shipmentId) implements OrderEvent {}
}

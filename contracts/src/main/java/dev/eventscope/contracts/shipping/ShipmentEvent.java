package dev.eventscope.contracts.shipping;

import dev.eventscope.contracts.message.Event;
import java.util.UUID;

/** What happened to a Shipment. */
public sealed interface ShipmentEvent extends Event {
  UUID shipmentId();

  UUID orderId();

  record ShipmentScheduled(UUID shipmentId, UUID orderId) implements ShipmentEvent {}

  record ShipmentDispatched(UUID shipmentId, UUID orderId) implements ShipmentEvent {}

  record ShipmentDelivered(UUID shipmentId, UUID orderId) implements ShipmentEvent {}
}

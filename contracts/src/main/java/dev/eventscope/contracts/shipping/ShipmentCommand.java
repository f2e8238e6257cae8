package dev.eventscope.contracts.shipping;

import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import java.util.UUID;

/** What can be asked of a Shipment. */
public sealed interface ShipmentCommand extends Command<Accepted> {
  UUID shipmentId();

  record ScheduleShipment(UUID shipmentId, UUID orderId) implements ShipmentCommand {}

  record DispatchShipment(UUID shipmentId) implements ShipmentCommand {}

  record DeliverShipment(UUID shipmentId) implements ShipmentCommand {}
}

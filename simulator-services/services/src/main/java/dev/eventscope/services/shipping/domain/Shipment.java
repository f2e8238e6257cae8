package dev.eventscope.services.shipping.domain;

import dev.eventscope.contracts.shipping.ShipmentCommand.DeliverShipment;
import dev.eventscope.contracts.shipping.ShipmentCommand.DispatchShipment;
import dev.eventscope.contracts.shipping.ShipmentCommand.ScheduleShipment;
import dev.eventscope.contracts.shipping.ShipmentEvent;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentDelivered;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentDispatched;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentScheduled;
import dev.eventscope.runtime.aggregate.Decision;
import java.util.Objects;
import java.util.UUID;

/** One order's shipment: scheduled, then dispatched, then delivered. {@code status} is null until scheduled. */
public record Shipment(String id, ShipmentStatus status, UUID orderId) {

  public static Shipment absent(String id) {
    return new Shipment(id, null, null);
  }

  public boolean exists() {
    return status != null;
  }

  public Decision<ShipmentEvent> schedule(ScheduleShipment command) {
    if (exists()) {
      return Objects.equals(orderId, command.orderId())
          ? Decision.alreadyDone()
          : Decision.reject("shipment " + command.shipmentId() + " belongs to another order");
    }
    return Decision.accept(new ShipmentScheduled(command.shipmentId(), command.orderId()));
  }

  public Decision<ShipmentEvent> dispatch(DispatchShipment command) {
    if (!exists()) return unknown(command.shipmentId());
    if (status != ShipmentStatus.SCHEDULED) return Decision.alreadyDone();
    return Decision.accept(new ShipmentDispatched(command.shipmentId(), orderId));
  }

  public Decision<ShipmentEvent> deliver(DeliverShipment command) {
    if (!exists()) return unknown(command.shipmentId());
    if (status == ShipmentStatus.DELIVERED) return Decision.alreadyDone();
    if (status != ShipmentStatus.DISPATCHED) return Decision.reject("shipment " + command.shipmentId() + " has not been dispatched yet");
    return Decision.accept(new ShipmentDelivered(command.shipmentId(), orderId));
  }

  Shipment with(ShipmentStatus newStatus, UUID order) {
    return new Shipment(id, newStatus, order);
  }

  private static Decision<ShipmentEvent> unknown(UUID shipmentId) {
    return Decision.reject("shipment " + shipmentId + " was never scheduled");
  }
}

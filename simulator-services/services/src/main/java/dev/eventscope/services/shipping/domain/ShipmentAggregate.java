package dev.eventscope.services.shipping.domain;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.shipping.ShipmentEvent;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentDelivered;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentDispatched;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentScheduled;
import dev.eventscope.runtime.aggregate.AggregateType;

/** How a {@link Shipment} evolves: the only place its state changes. */
public final class ShipmentAggregate implements AggregateType<Shipment, ShipmentEvent> {
  public static final ShipmentAggregate TYPE = new ShipmentAggregate();

  private ShipmentAggregate() {}

  @Override
  public String name() {
    return "Shipment";
  }

  @Override
  public String context() {
    return OrderFulfilmentContracts.SHIPPING;
  }

  @Override
  public Class<ShipmentEvent> eventType() {
    return ShipmentEvent.class;
  }

  @Override
  public Shipment initial(String aggregateId) {
    return Shipment.absent(aggregateId);
  }

  @Override
  public Shipment apply(Shipment shipment, ShipmentEvent event) {
    if (event instanceof ShipmentScheduled) return shipment.with(ShipmentStatus.SCHEDULED, event.orderId());
    if (event instanceof ShipmentDispatched) return shipment.with(ShipmentStatus.DISPATCHED, event.orderId());
    if (event instanceof ShipmentDelivered) return shipment.with(ShipmentStatus.DELIVERED, event.orderId());
    throw new IllegalArgumentException("a Shipment cannot apply " + event.getClass().getSimpleName());
  }
}

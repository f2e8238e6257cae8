package dev.eventscope.services.shipping;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.shipping.ShipmentCommand.DeliverShipment;
import dev.eventscope.contracts.shipping.ShipmentCommand.DispatchShipment;
import dev.eventscope.contracts.shipping.ShipmentCommand.ScheduleShipment;
import dev.eventscope.contracts.shipping.ShipmentEvent;
import dev.eventscope.runtime.aggregate.AggregateHandlers;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.services.shipping.domain.Shipment;
import dev.eventscope.services.shipping.domain.ShipmentAggregate;

/** The shipping context's composition root: the Shipment aggregate's commands. */
public final class ShippingContext implements BoundedContext {
  @Override
  public String name() {
    return OrderFulfilmentContracts.SHIPPING;
  }

  @Override
  public void register(Wiring wiring) {
    wiring.commands(new AggregateHandlers<Shipment, ShipmentEvent>(wiring.repository(ShipmentAggregate.TYPE), wiring.tracer())
        .on(ScheduleShipment.class, c -> c.shipmentId().toString(), Shipment::schedule)
        .on(DispatchShipment.class, c -> c.shipmentId().toString(), Shipment::dispatch)
        .on(DeliverShipment.class, c -> c.shipmentId().toString(), Shipment::deliver)
        .handlers());
  }
}

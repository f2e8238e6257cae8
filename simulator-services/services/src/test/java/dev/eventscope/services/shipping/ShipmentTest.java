package dev.eventscope.services.shipping;

import static dev.eventscope.services.testing.AggregateFixture.given;
import static dev.eventscope.services.testing.ShipmentFixture.ORDER_ID;
import static dev.eventscope.services.testing.ShipmentFixture.SHIPMENT_ID;
import static dev.eventscope.services.testing.ShipmentFixture.dispatched;
import static dev.eventscope.services.testing.ShipmentFixture.scheduled;

import dev.eventscope.contracts.shipping.ShipmentCommand.DeliverShipment;
import dev.eventscope.contracts.shipping.ShipmentCommand.DispatchShipment;
import dev.eventscope.contracts.shipping.ShipmentCommand.ScheduleShipment;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentDelivered;
import dev.eventscope.services.shipping.domain.Shipment;
import dev.eventscope.services.shipping.domain.ShipmentAggregate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShipmentTest {
  private static final ShipmentAggregate SHIPMENT = ShipmentAggregate.TYPE;

  @Test
  void schedules_a_shipment_for_an_order_once() {
    given(SHIPMENT).when(Shipment::schedule, new ScheduleShipment(SHIPMENT_ID, ORDER_ID)).thenEvents(scheduled());
    given(SHIPMENT, scheduled()).when(Shipment::schedule, new ScheduleShipment(SHIPMENT_ID, ORDER_ID)).thenNothingHappens();
  }

  @Test
  void rejects_scheduling_a_shipment_id_for_another_order() {
    given(SHIPMENT, scheduled()).when(Shipment::schedule, new ScheduleShipment(SHIPMENT_ID, UUID.randomUUID()))
        .thenRejected("belongs to another order");
  }

  @Test
  void dispatches_a_scheduled_shipment_and_a_repeat_changes_nothing() {
    given(SHIPMENT, scheduled()).when(Shipment::dispatch, new DispatchShipment(SHIPMENT_ID)).thenEvents(dispatched());
    given(SHIPMENT, scheduled(), dispatched()).when(Shipment::dispatch, new DispatchShipment(SHIPMENT_ID)).thenNothingHappens();
  }

  @Test
  void rejects_dispatching_a_shipment_that_was_never_scheduled() {
    given(SHIPMENT).when(Shipment::dispatch, new DispatchShipment(SHIPMENT_ID)).thenRejected("never scheduled");
  }

  @Test
  void delivers_only_a_dispatched_shipment() {
    given(SHIPMENT, scheduled(), dispatched()).when(Shipment::deliver, new DeliverShipment(SHIPMENT_ID))
        .thenEvents(new ShipmentDelivered(SHIPMENT_ID, ORDER_ID));
    given(SHIPMENT, scheduled()).when(Shipment::deliver, new DeliverShipment(SHIPMENT_ID)).thenRejected("not been dispatched");
    given(SHIPMENT, scheduled(), dispatched(), new ShipmentDelivered(SHIPMENT_ID, ORDER_ID))
        .when(Shipment::deliver, new DeliverShipment(SHIPMENT_ID)).thenNothingHappens();
  }
}

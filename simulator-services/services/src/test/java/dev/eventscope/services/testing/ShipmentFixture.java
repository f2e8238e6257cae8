package dev.eventscope.services.testing;

import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentDispatched;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentScheduled;
import java.util.UUID;

/** One shipment for the fixture order. */
public final class ShipmentFixture {
  public static final UUID SHIPMENT_ID = UUID.fromString("0190a000-0000-7000-8000-0000000000bb");
  public static final UUID ORDER_ID = OrderFixture.ORDER_ID;

  private ShipmentFixture() {}

  public static ShipmentScheduled scheduled() {
    return new ShipmentScheduled(SHIPMENT_ID, ORDER_ID);
  }

  public static ShipmentDispatched dispatched() {
    return new ShipmentDispatched(SHIPMENT_ID, ORDER_ID);
  }
}

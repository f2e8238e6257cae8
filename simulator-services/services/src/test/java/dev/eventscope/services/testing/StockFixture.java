package dev.eventscope.services.testing;

import dev.eventscope.contracts.inventory.StockEvent.StockReleased;
import dev.eventscope.contracts.inventory.StockEvent.StockReservationFailed;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.contracts.inventory.StockEvent.StockRestocked;
import dev.eventscope.contracts.inventory.StockEvent.StockShipped;
import java.util.UUID;

/** Stock events for one SKU (apples) and one order. */
public final class StockFixture {
  public static final String SKU = OrderFixture.APPLE;
  public static final UUID ORDER_ID = OrderFixture.ORDER_ID;

  private StockFixture() {}

  public static StockRestocked restocked(int quantity) {
    return new StockRestocked(SKU, quantity);
  }

  public static StockReserved reserved(int quantity) {
    return new StockReserved(SKU, ORDER_ID, quantity);
  }

  public static StockReservationFailed reservationFailed(int requested, int available) {
    return new StockReservationFailed(SKU, ORDER_ID, requested, available);
  }

  public static StockReleased released(int quantity) {
    return new StockReleased(SKU, ORDER_ID, quantity);
  }

  public static StockShipped shipped(int quantity) {
    return new StockShipped(SKU, ORDER_ID, quantity);
  }
}

package dev.eventscope.services.inventory.domain;

import dev.eventscope.contracts.inventory.StockCommand.ReleaseStock;
import dev.eventscope.contracts.inventory.StockCommand.ReserveStock;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.inventory.StockCommand.ShipStock;
import dev.eventscope.contracts.inventory.StockEvent;
import dev.eventscope.contracts.inventory.StockEvent.StockReleased;
import dev.eventscope.contracts.inventory.StockEvent.StockReservationFailed;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.contracts.inventory.StockEvent.StockRestocked;
import dev.eventscope.contracts.inventory.StockEvent.StockShipped;
import dev.eventscope.runtime.aggregate.Decision;
import dev.eventscope.services.inventory.domain.SettledReservations.Settlement;
import java.util.Locale;

/**
 * The stock of one SKU. {@code held} are the reservations still holding stock (orders in flight,
 * and confirmed orders until they ship); {@code settled} remembers every order whose reservation is over, because the saga may
 * re-send a ReserveStock long after the stock was released or shipped and that must not reserve
 * again. Not having enough stock is a business outcome ({@link StockReservationFailed}), not a
 * rejected command: the saga needs to hear it.
 */
public record StockItem(String sku, long received, long shipped, HeldReservations held, SettledReservations settled) {

  public static StockItem empty(String sku) {
    return new StockItem(sku, 0, 0, HeldReservations.none(), SettledReservations.none());
  }

  public long reserved() {
    return held.total();
  }

  public long available() {
    return received - shipped - reserved();
  }

  public Decision<StockEvent> restock(RestockItem command) {
    if (command.quantity() < 1) return Decision.reject("restock " + command.sku() + " with at least 1 unit");
    return Decision.accept(new StockRestocked(command.sku(), command.quantity()));
  }

  public Decision<StockEvent> reserve(ReserveStock command) {
    if (command.quantity() < 1) return Decision.reject("reserve at least 1 unit of " + command.sku());
    if (held.of(command.orderId()) != null || settled.of(command.orderId()) != null) return Decision.alreadyDone();
    long available = available();
    if (available < command.quantity()) {
      int shown = (int) Math.min(Integer.MAX_VALUE, Math.max(0, available));
      return Decision.accept(new StockReservationFailed(command.sku(), command.orderId(), command.quantity(), shown));
    }
    return Decision.accept(new StockReserved(command.sku(), command.orderId(), command.quantity()));
  }

  /** Releasing what is not held (never reserved, already released or shipped) is already done. */
  public Decision<StockEvent> release(ReleaseStock command) {
    Integer quantity = held.of(command.orderId());
    if (quantity == null) return Decision.alreadyDone();
    return Decision.accept(new StockReleased(command.sku(), command.orderId(), quantity));
  }

  public Decision<StockEvent> ship(ShipStock command) {
    Integer quantity = held.of(command.orderId());
    if (quantity != null) return Decision.accept(new StockShipped(command.sku(), command.orderId(), quantity));
    Settlement settlement = settled.of(command.orderId());
    if (settlement == Settlement.SHIPPED) return Decision.alreadyDone();
    if (settlement == null) return Decision.reject("no stock of " + sku + " is reserved for order " + command.orderId());
    return Decision.reject("the reservation of " + sku + " for order " + command.orderId() + " was "
        + settlement.name().toLowerCase(Locale.ROOT));
  }
}

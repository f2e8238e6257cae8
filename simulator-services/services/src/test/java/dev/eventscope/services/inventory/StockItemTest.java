package dev.eventscope.services.inventory;

import static dev.eventscope.services.testing.AggregateFixture.given;
import static dev.eventscope.services.testing.StockFixture.ORDER_ID;
import static dev.eventscope.services.testing.StockFixture.SKU;
import static dev.eventscope.services.testing.StockFixture.released;
import static dev.eventscope.services.testing.StockFixture.reservationFailed;
import static dev.eventscope.services.testing.StockFixture.reserved;
import static dev.eventscope.services.testing.StockFixture.restocked;
import static dev.eventscope.services.testing.StockFixture.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.inventory.StockCommand.ReleaseStock;
import dev.eventscope.contracts.inventory.StockCommand.ReserveStock;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.inventory.StockCommand.ShipStock;
import dev.eventscope.contracts.inventory.StockEvent.StockReleased;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.services.inventory.domain.StockItem;
import dev.eventscope.services.inventory.domain.StockItemAggregate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockItemTest {
  private static final StockItemAggregate STOCK = StockItemAggregate.TYPE;
  private static final UUID OTHER_ORDER = UUID.fromString("0190a000-0000-7000-8000-0000000000dd");

  @Test
  void restocking_adds_to_what_is_available() {
    StockItem item = given(STOCK, restocked(5)).when(StockItem::restock, new RestockItem(SKU, 3))
        .thenEvents(restocked(3)).stateAfter();
    assertThat(item.available()).isEqualTo(8);
  }

  @Test
  void rejects_restocking_nothing() {
    given(STOCK).when(StockItem::restock, new RestockItem(SKU, 0)).thenRejected("at least 1");
  }

  @Test
  void reserves_for_an_order_when_enough_is_available() {
    StockItem item = given(STOCK, restocked(5)).when(StockItem::reserve, new ReserveStock(SKU, ORDER_ID, 2))
        .thenEvents(reserved(2)).stateAfter();
    assertThat(item.available()).isEqualTo(3);
    assertThat(item.reserved()).isEqualTo(2);
  }

  @Test
  void running_short_is_an_event_that_says_how_much_was_available() {
    given(STOCK, restocked(5), new StockReserved(SKU, OTHER_ORDER, 4))
        .when(StockItem::reserve, new ReserveStock(SKU, ORDER_ID, 2))
        .thenEvents(reservationFailed(2, 1));
  }

  @Test
  void reserving_again_for_the_same_order_changes_nothing() {
    given(STOCK, restocked(5), reserved(2)).when(StockItem::reserve, new ReserveStock(SKU, ORDER_ID, 2)).thenNothingHappens();
  }

  @Test
  void a_repeated_reservation_after_release_does_not_reserve_again() {
    given(STOCK, restocked(5), reserved(2), released(2))
        .when(StockItem::reserve, new ReserveStock(SKU, ORDER_ID, 2)).thenNothingHappens();
  }

  @Test
  void a_repeated_reservation_after_a_shortage_does_not_try_again() {
    given(STOCK, reservationFailed(2, 0), restocked(5))
        .when(StockItem::reserve, new ReserveStock(SKU, ORDER_ID, 2)).thenNothingHappens();
  }

  @Test
  void releasing_gives_the_whole_reservation_back() {
    StockItem item = given(STOCK, restocked(5), reserved(2)).when(StockItem::release, new ReleaseStock(SKU, ORDER_ID))
        .thenEvents(released(2)).stateAfter();
    assertThat(item.available()).isEqualTo(5);
    assertThat(item.reserved()).isZero();
  }

  @Test
  void releasing_when_nothing_is_reserved_changes_nothing() {
    given(STOCK, restocked(5)).when(StockItem::release, new ReleaseStock(SKU, ORDER_ID)).thenNothingHappens();
    given(STOCK, restocked(5), reserved(2), released(2)).when(StockItem::release, new ReleaseStock(SKU, ORDER_ID))
        .thenNothingHappens();
  }

  @Test
  void shipping_takes_the_reservation_out_of_stock() {
    StockItem item = given(STOCK, restocked(5), reserved(2)).when(StockItem::ship, new ShipStock(SKU, ORDER_ID))
        .thenEvents(shipped(2)).stateAfter();
    assertThat(item.shipped()).isEqualTo(2);
    assertThat(item.available() + item.reserved()).isEqualTo(item.received() - item.shipped());
  }

  @Test
  void shipping_again_changes_nothing_but_shipping_a_released_reservation_is_refused() {
    given(STOCK, restocked(5), reserved(2), shipped(2)).when(StockItem::ship, new ShipStock(SKU, ORDER_ID)).thenNothingHappens();
    given(STOCK, restocked(5), reserved(2), released(2)).when(StockItem::ship, new ShipStock(SKU, ORDER_ID))
        .thenRejected("was released");
    given(STOCK, restocked(5)).when(StockItem::ship, new ShipStock(SKU, ORDER_ID)).thenRejected("no stock");
  }

  @Test
  void a_long_history_of_reservations_replays_quickly() {
    StockItem item = STOCK.initial(SKU);
    item = STOCK.apply(item, restocked(100_000));
    for (int i = 0; i < 50_000; i++) {
      UUID order = new UUID(1, i);
      item = STOCK.apply(item, new StockReserved(SKU, order, 1));
      item = STOCK.apply(item, new StockReleased(SKU, order, 1));
    }
    assertThat(item.available()).isEqualTo(100_000);
    assertThat(item.held().isEmpty()).isTrue();
  }
}

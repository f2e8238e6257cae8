package dev.eventscope.services.orders;

import static dev.eventscope.services.testing.AggregateFixture.given;
import static dev.eventscope.services.testing.OrderFixture.APPLE;
import static dev.eventscope.services.testing.OrderFixture.CUSTOMER;
import static dev.eventscope.services.testing.OrderFixture.ORDER_ID;
import static dev.eventscope.services.testing.OrderFixture.PEAR;
import static dev.eventscope.services.testing.OrderFixture.line;
import static dev.eventscope.services.testing.OrderFixture.placeOrder;
import static dev.eventscope.services.testing.OrderFixture.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.orders.OrderCommand.CancelOrder;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderCommand.MarkOrderShipped;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderCommand.RejectOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.services.orders.domain.Order;
import dev.eventscope.services.orders.domain.OrderAggregate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {
  private static final OrderAggregate ORDER = OrderAggregate.TYPE;
  private static final UUID SHIPMENT = UUID.fromString("0190a000-0000-7000-8000-0000000000cc");

  @Test
  void placing_an_order_records_its_lines_and_total_in_euros() {
    Order placed = given(ORDER).when(Order::place, placeOrder()).thenEvents(placedOrder()).stateAfter();

    assertThat(placed.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(placed.totalCents()).isEqualTo(600);
  }

  @Test
  void rejects_an_order_without_lines() {
    given(ORDER).when(Order::place, new PlaceOrder(ORDER_ID, CUSTOMER, List.of(), null))
        .thenRejected("at least one line");
  }

  @Test
  void rejects_an_order_that_lists_a_sku_twice() {
    given(ORDER).when(Order::place, placeOrder(ORDER_ID, null, line(APPLE, 1, 100), line(APPLE, 2, 100)))
        .thenRejected("SKU sku-apple appears on more than one line");
  }

  @Test
  void rejects_a_line_with_no_quantity() {
    given(ORDER).when(Order::place, placeOrder(ORDER_ID, null, line(PEAR, 0, 100))).thenRejected("at least 1");
  }

  @Test
  void placing_the_same_order_again_changes_nothing() {
    given(ORDER, placedOrder()).when(Order::place, placeOrder()).thenNothingHappens();
  }

  @Test
  void rejects_placing_an_existing_order_with_different_content() {
    given(ORDER, placedOrder()).when(Order::place, placeOrder(ORDER_ID, null, line(PEAR, 9, 300)))
        .thenRejected("already placed with different content");
  }

  @Test
  void cancels_a_pending_order() {
    given(ORDER, placedOrder()).when(Order::cancel, new CancelOrder(ORDER_ID, "changed my mind"))
        .thenEvents(new OrderCancelled(ORDER_ID, "changed my mind"));
  }

  @Test
  void cancelling_a_cancelled_order_again_changes_nothing() {
    given(ORDER, placedOrder(), new OrderCancelled(ORDER_ID, null))
        .when(Order::cancel, new CancelOrder(ORDER_ID, null)).thenNothingHappens();
  }

  @Test
  void rejects_cancelling_a_confirmed_order() {
    given(ORDER, placedOrder(), new OrderConfirmed(ORDER_ID))
        .when(Order::cancel, new CancelOrder(ORDER_ID, null)).thenRejected("can no longer be cancelled");
  }

  @Test
  void rejects_cancelling_an_order_that_does_not_exist() {
    given(ORDER).when(Order::cancel, new CancelOrder(ORDER_ID, null)).thenRejected("does not exist");
  }

  @Test
  void confirms_a_pending_order_once() {
    given(ORDER, placedOrder()).when(Order::confirm, new ConfirmOrder(ORDER_ID)).thenEvents(new OrderConfirmed(ORDER_ID));
    given(ORDER, placedOrder(), new OrderConfirmed(ORDER_ID)).when(Order::confirm, new ConfirmOrder(ORDER_ID))
        .thenNothingHappens();
  }

  @Test
  void rejects_confirming_a_cancelled_order() {
    given(ORDER, placedOrder(), new OrderCancelled(ORDER_ID, null))
        .when(Order::confirm, new ConfirmOrder(ORDER_ID)).thenRejected("cancelled order cannot be confirmed");
  }

  @Test
  void rejects_a_pending_order_once_and_remembers_why() {
    Order rejected = given(ORDER, placedOrder()).when(Order::reject, new RejectOrder(ORDER_ID, "out of stock: sku-pear"))
        .thenEvents(new OrderRejected(ORDER_ID, "out of stock: sku-pear")).stateAfter();
    assertThat(rejected.reason()).isEqualTo("out of stock: sku-pear");

    given(ORDER, placedOrder(), new OrderRejected(ORDER_ID, "x")).when(Order::reject, new RejectOrder(ORDER_ID, "y"))
        .thenNothingHappens();
  }

  @Test
  void a_confirmed_order_cannot_be_rejected_any_more() {
    given(ORDER, placedOrder(), new OrderConfirmed(ORDER_ID))
        .when(Order::reject, new RejectOrder(ORDER_ID, "timed out")).thenRejected("cannot be rejected");
  }

  @Test
  void ships_only_a_confirmed_order() {
    given(ORDER, placedOrder(), new OrderConfirmed(ORDER_ID)).when(Order::markShipped, new MarkOrderShipped(ORDER_ID, SHIPMENT))
        .thenEvents(new OrderShipped(ORDER_ID, SHIPMENT));
    given(ORDER, placedOrder()).when(Order::markShipped, new MarkOrderShipped(ORDER_ID, SHIPMENT))
        .thenRejected("only a confirmed order can ship");
  }

  @Test
  void marking_a_shipped_order_shipped_again_changes_nothing() {
    given(ORDER, placedOrder(), new OrderConfirmed(ORDER_ID), new OrderShipped(ORDER_ID, SHIPMENT))
        .when(Order::markShipped, new MarkOrderShipped(ORDER_ID, SHIPMENT)).thenNothingHappens();
  }
}

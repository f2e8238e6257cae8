package dev.eventscope.services.orders;

import static dev.eventscope.services.testing.OrderFixture.CUSTOMER;
import static dev.eventscope.services.testing.OrderFixture.ORDER_ID;
import static dev.eventscope.services.testing.OrderFixture.anotherOrderId;
import static dev.eventscope.services.testing.OrderFixture.lines;
import static dev.eventscope.services.testing.OrderFixture.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Query;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.orders.OrderQuery.ListOrders;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.contracts.orders.OrderSummary;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.projection.memory.InMemoryReadModelStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.orders.application.GetOrderSummaryHandler;
import dev.eventscope.services.orders.application.ListOrdersHandler;
import dev.eventscope.services.orders.application.OrderSummaryProjection;
import dev.eventscope.services.testing.StoredEvents;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderSummaryProjectionTest {
  private final InMemoryReadModelStore<OrderSummary> rows = new InMemoryReadModelStore<>();
  private final OrderSummaryProjection projection = new OrderSummaryProjection(rows);
  private final StoredEvents stream = new StoredEvents();

  @Test
  void a_placed_order_appears_as_pending_with_its_total() {
    projection.handle(stream.append(ORDER_ID.toString(), placedOrder()));

    OrderSummary row = summary(ORDER_ID);
    assertThat(row.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(row.totalCents()).isEqualTo(600);
    assertThat(row.currency()).isEqualTo("EUR");
    assertThat(row.lineCount()).isEqualTo(2);
    assertThat(row.version()).isEqualTo(1);
  }

  @Test
  void a_rejected_order_shows_why() {
    projection.handle(stream.append(ORDER_ID.toString(), placedOrder()));
    projection.handle(stream.append(ORDER_ID.toString(), new OrderRejected(ORDER_ID, "out of stock: sku-pear")));

    assertThat(summary(ORDER_ID).status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(summary(ORDER_ID).reason()).isEqualTo("out of stock: sku-pear");
  }

  @Test
  void an_event_delivered_twice_is_applied_once() {
    StoredEvent placed = stream.append(ORDER_ID.toString(), placedOrder());
    StoredEvent confirmed = stream.append(ORDER_ID.toString(), new OrderConfirmed(ORDER_ID));
    projection.handle(placed);
    projection.handle(confirmed);

    projection.handle(placed);

    assertThat(summary(ORDER_ID).status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(summary(ORDER_ID).version()).isEqualTo(2);
  }

  @Test
  void rows_are_keyed_by_order_id() {
    projection.handle(stream.append(ORDER_ID.toString(), placedOrder()));
    assertThat(projection.rows()).containsOnlyKeys(ORDER_ID.toString());
  }

  @Test
  void asking_for_an_unknown_order_is_not_found() {
    GetOrderSummaryHandler handler = new GetOrderSummaryHandler(rows);
    assertThatThrownBy(() -> handler.handle(envelope(new GetOrderSummary(ORDER_ID)))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void lists_a_customers_orders_in_one_status_newest_first_up_to_the_limit() {
    UUID first = anotherOrderId(1);
    UUID second = anotherOrderId(2);
    UUID third = anotherOrderId(3);
    UUID someoneElses = anotherOrderId(4);
    place(first, CUSTOMER);
    place(second, CUSTOMER);
    place(someoneElses, "customer-bob");
    place(third, CUSTOMER);
    projection.handle(stream.append(second.toString(), new OrderConfirmed(second)));

    ListOrdersHandler handler = new ListOrdersHandler(rows);
    assertThat(handler.handle(envelope(new ListOrders(CUSTOMER, OrderStatus.PENDING, 10))).orders())
        .extracting(OrderSummary::orderId).containsExactly(third, first);
    assertThat(handler.handle(envelope(new ListOrders(null, null, 2))).orders())
        .extracting(OrderSummary::orderId).containsExactly(second, third);
  }

  private void place(UUID orderId, String customer) {
    projection.handle(stream.append(orderId.toString(), new OrderPlaced(orderId, customer, lines(), 600, "EUR", null)));
  }

  private OrderSummary summary(UUID orderId) {
    return new GetOrderSummaryHandler(rows).handle(envelope(new GetOrderSummary(orderId)));
  }

  private static <Q extends Query<?>> Envelope<Q> envelope(Q query) {
    return Envelope.first(query, 1, OrderFulfilmentContracts.ORDERS);
  }
}

package dev.eventscope.services.fulfilment;

import static dev.eventscope.services.testing.OrderFixture.APPLE;
import static dev.eventscope.services.testing.OrderFixture.DECLINED_TOKEN;
import static dev.eventscope.services.testing.OrderFixture.ORDER_ID;
import static dev.eventscope.services.testing.OrderFixture.PEAR;
import static dev.eventscope.services.testing.OrderFixture.line;
import static dev.eventscope.services.testing.OrderFixture.placeOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.contracts.fulfilment.FulfilmentQuery.GetFulfilment;
import dev.eventscope.contracts.fulfilment.FulfilmentQuery.ListActiveFulfilments;
import dev.eventscope.contracts.fulfilment.FulfilmentView;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.inventory.StockEvent.StockReleased;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.contracts.inventory.StockEvent.StockShipped;
import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockQuery.GetStockLevel;
import dev.eventscope.contracts.orders.OrderCommand.CancelOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.contracts.orders.OrderSummary;
import dev.eventscope.contracts.payments.PaymentEvent;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentAuthorized;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentRefunded;
import dev.eventscope.contracts.shipping.ShipmentCommand.DispatchShipment;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentScheduled;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.fulfilment.domain.Fulfilment;
import dev.eventscope.services.testing.TestSystem;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The saga over all six contexts, from PlaceOrder to an outcome, events pumped synchronously. */
class FulfilmentSagaTest {
  private TestSystem system;

  @BeforeEach
  void stock_ten_apples_and_five_pears() {
    system = new TestSystem();
    system.send(new RestockItem(APPLE, 10));
    system.send(new RestockItem(PEAR, 5));
  }

  @AfterEach
  void stop() {
    system.close();
  }

  @Test
  void an_order_with_stock_and_an_approved_card_is_confirmed() {
    system.send(placeOrder());

    assertThat(order().status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(level(APPLE)).isEqualTo(new StockLevel(APPLE, 8, 2, 10, 0));
    assertThat(level(PEAR)).isEqualTo(new StockLevel(PEAR, 4, 1, 5, 0));
    assertThat(system.events(PaymentAuthorized.class))
        .containsExactly(new PaymentAuthorized(Fulfilment.paymentIdFor(ORDER_ID), ORDER_ID, 600));
    assertThat(system.events(ShipmentScheduled.class))
        .containsExactly(new ShipmentScheduled(Fulfilment.shipmentIdFor(ORDER_ID), ORDER_ID));
    FulfilmentView view = fulfilment();
    assertThat(view.step()).isEqualTo("confirmed");
    assertThat(view.finished()).isTrue();
    assertThat(view.deadline()).isNull();
    assertThat(system.query(new ListActiveFulfilments()).fulfilments()).isEmpty();
    assertThat(system.mailer().recent()).singleElement().satisfies(email -> assertThat(email.subject()).contains("confirmed"));
  }

  @Test
  void every_event_of_an_orders_flow_carries_the_correlation_id_of_its_place_order() {
    system.send(placeOrder());

    StoredEvent placed = system.stored().stream().filter(e -> e.payload() instanceof OrderPlaced).findFirst().orElseThrow();
    assertThat(system.stored().stream().filter(e -> !e.type().equals("StockRestocked")))
        .hasSizeGreaterThan(5)
        .allSatisfy(event -> assertThat(event.envelope().correlationId()).isEqualTo(placed.envelope().correlationId()));
  }

  @Test
  void placing_the_same_order_twice_reserves_its_stock_once() {
    system.send(placeOrder());
    system.send(placeOrder());

    assertThat(system.events(OrderPlaced.class)).hasSize(1);
    assertThat(system.events(StockReserved.class)).hasSize(2);
    assertThat(level(APPLE).reserved()).isEqualTo(2);
  }

  @Test
  void an_order_for_more_than_the_stock_holds_is_rejected_and_its_other_stock_released() {
    system.send(placeOrder(ORDER_ID, null, line(APPLE, 2, 150), line(PEAR, 6, 300)));

    assertThat(order().status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(order().reason()).isEqualTo("out of stock: " + PEAR);
    assertThat(system.events(StockReleased.class)).containsExactly(new StockReleased(APPLE, ORDER_ID, 2));
    assertThat(level(APPLE)).isEqualTo(new StockLevel(APPLE, 10, 0, 10, 0));
    assertThat(system.events(PaymentEvent.class)).as("no payment is asked for").isEmpty();
    assertThat(fulfilment().step()).isEqualTo("rejected");
  }

  @Test
  void a_declined_card_rejects_the_order_and_releases_its_stock() {
    system.send(placeOrder(ORDER_ID, DECLINED_TOKEN, line(APPLE, 3, 100)));

    assertThat(order().status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(order().reason()).startsWith("payment declined: ");
    assertThat(level(APPLE)).isEqualTo(new StockLevel(APPLE, 10, 0, 10, 0));
    assertThat(system.events(PaymentAuthorized.class)).isEmpty();
    assertThat(system.events(ShipmentScheduled.class)).isEmpty();
    assertThat(system.mailer().recent()).singleElement()
        .satisfies(email -> assertThat(email.body()).contains("payment declined"));
  }

  @Test
  void cancelling_an_order_mid_way_releases_its_stock_and_refunds_its_payment() {
    system.pump().holdBack(ShipmentScheduled.class);
    system.send(placeOrder());
    assertThat(fulfilment().step()).isEqualTo("scheduling-shipment");

    system.send(new CancelOrder(ORDER_ID, "found it cheaper"));

    assertThat(order().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(system.events(StockReleased.class)).hasSize(2);
    assertThat(system.events(PaymentRefunded.class)).singleElement()
        .satisfies(refund -> assertThat(refund.amountCents()).isEqualTo(600));
    assertThat(level(APPLE)).isEqualTo(new StockLevel(APPLE, 10, 0, 10, 0));
    assertThat(fulfilment().step()).isEqualTo("cancelled");

    system.pump().releaseHeld();
    assertThat(system.events(OrderConfirmed.class)).as("a late shipment does not confirm a cancelled order").isEmpty();
  }

  @Test
  void a_dispatched_shipment_ships_the_reserved_stock_and_the_order() {
    system.send(placeOrder());

    system.send(new DispatchShipment(Fulfilment.shipmentIdFor(ORDER_ID)));

    assertThat(order().status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(system.events(StockShipped.class)).hasSize(2);
    assertThat(level(APPLE)).isEqualTo(new StockLevel(APPLE, 8, 0, 10, 2));
    assertThat(fulfilment().step()).isEqualTo("shipped");
  }

  @Test
  void a_settled_fulfilment_is_let_go_and_a_later_dispatch_takes_the_confirmed_order_up_again() {
    system.send(placeOrder());
    system.send(placeOrder(UUID.randomUUID(), DECLINED_TOKEN, line(APPLE, 1, 100)));
    assertThat(system.fulfilment().saga().held()).isEqualTo(2);

    system.checkDeadlines();
    assertThat(system.fulfilment().saga().held()).as("confirmed and rejected fulfilments are settled").isZero();
    assertThat(fulfilment().step()).as("still findable for a while").isEqualTo("confirmed");

    system.send(new DispatchShipment(Fulfilment.shipmentIdFor(ORDER_ID)));

    assertThat(order().status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(system.events(StockShipped.class)).hasSize(2);
    assertThat(level(APPLE)).isEqualTo(new StockLevel(APPLE, 8, 0, 10, 2));
    assertThat(fulfilment().step()).isEqualTo("shipped");
  }

  @Test
  void a_rejected_fulfilment_still_waiting_for_an_answer_is_kept_until_the_answer_is_undone() {
    system.pump().holdBack(PaymentAuthorized.class);
    system.send(placeOrder());
    system.send(new CancelOrder(ORDER_ID, "changed my mind"));
    system.checkDeadlines();
    assertThat(system.fulfilment().saga().held()).as("the payment authorization may still come").isEqualTo(1);

    system.pump().releaseHeld();
    system.checkDeadlines();

    assertThat(system.events(PaymentRefunded.class)).as("the late authorization is refunded").hasSize(1);
    assertThat(system.fulfilment().saga().held()).isZero();
  }

  @Test
  void an_order_the_saga_never_saw_has_no_fulfilment() {
    assertThatThrownBy(() -> system.query(new GetFulfilment(UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_rejected_order_is_rejected_once_even_if_the_rejection_is_delivered_again() {
    system.send(placeOrder(ORDER_ID, DECLINED_TOKEN, line(APPLE, 3, 100)));
    StoredEvent rejected = system.stored().stream().filter(e -> e.payload() instanceof OrderRejected).findFirst().orElseThrow();

    system.pump().redeliver(rejected);
    system.pump().drain();

    assertThat(system.events(StockReleased.class)).hasSize(1);
  }

  private OrderSummary order() {
    return system.query(new GetOrderSummary(ORDER_ID));
  }

  private FulfilmentView fulfilment() {
    return system.query(new GetFulfilment(ORDER_ID));
  }

  private StockLevel level(String sku) {
    return system.query(new GetStockLevel(sku));
  }
}

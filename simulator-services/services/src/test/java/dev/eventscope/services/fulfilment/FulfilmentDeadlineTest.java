package dev.eventscope.services.fulfilment;

import static dev.eventscope.services.testing.OrderFixture.APPLE;
import static dev.eventscope.services.testing.OrderFixture.ORDER_ID;
import static dev.eventscope.services.testing.OrderFixture.PEAR;
import static dev.eventscope.services.testing.OrderFixture.placeOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.fulfilment.FulfilmentQuery.GetFulfilment;
import dev.eventscope.contracts.fulfilment.FulfilmentQuery.ListActiveFulfilments;
import dev.eventscope.contracts.fulfilment.FulfilmentView;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.inventory.StockEvent.StockReleased;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockQuery.GetStockLevel;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentAuthorized;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentRefunded;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentScheduled;
import dev.eventscope.services.fulfilment.application.FulfilmentSaga;
import dev.eventscope.services.testing.TestSystem;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deadlines and answers that come late: the saga's clock is the test's to move. */
class FulfilmentDeadlineTest {
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
  void a_waiting_step_shows_its_deadline_thirty_seconds_after_it_started() {
    system.pump().holdBack(PaymentAuthorized.class);
    system.send(placeOrder());

    FulfilmentView view = system.query(new GetFulfilment(ORDER_ID));
    assertThat(view.step()).isEqualTo("authorizing-payment");
    assertThat(view.deadline()).isEqualTo(system.clock().instant().plus(TestSystem.STEP_DEADLINE));
    assertThat(view.finished()).isFalse();
    assertThat(system.query(new ListActiveFulfilments()).fulfilments()).containsExactly(view);
  }

  @Test
  void nothing_happens_before_the_deadline() {
    system.pump().holdBack(PaymentAuthorized.class);
    system.send(placeOrder());

    system.advanceClock(Duration.ofSeconds(29));
    system.checkDeadlines();

    assertThat(system.events(OrderRejected.class)).isEmpty();
  }

  @Test
  void a_step_that_outlives_its_deadline_rejects_the_order_as_timed_out_and_releases_its_stock() {
    system.pump().holdBack(PaymentAuthorized.class);
    system.send(placeOrder());

    system.advanceClock(Duration.ofSeconds(31));
    system.checkDeadlines();

    assertThat(system.query(new GetOrderSummary(ORDER_ID)).reason()).isEqualTo("timed out waiting for payment authorization");
    assertThat(system.events(StockReleased.class)).hasSize(2);
    assertThat(system.query(new GetStockLevel(APPLE))).isEqualTo(new StockLevel(APPLE, 10, 0, 10, 0));
    assertThat(system.metrics().get(FulfilmentSaga.TIMEOUTS)).isEqualTo(1);
    assertThat(system.query(new GetFulfilment(ORDER_ID)).step()).isEqualTo("rejected");
  }

  @Test
  void a_payment_authorized_after_the_order_was_rejected_is_refunded() {
    system.pump().holdBack(PaymentAuthorized.class);
    system.send(placeOrder());
    system.advanceClock(Duration.ofSeconds(31));
    system.checkDeadlines();
    assertThat(system.events(PaymentRefunded.class)).isEmpty();

    system.pump().releaseHeld();

    assertThat(system.events(PaymentRefunded.class)).singleElement()
        .satisfies(refund -> assertThat(refund.reason()).contains("timed out"));
    assertThat(system.events(ShipmentScheduled.class)).as("a rejected order is not shipped").isEmpty();
    assertThat(system.query(new GetOrderSummary(ORDER_ID)).status()).isEqualTo(OrderStatus.REJECTED);
  }

  @Test
  void stock_reserved_after_the_order_timed_out_is_released_as_it_arrives() {
    system.pump().holdBack(StockReserved.class);
    system.send(placeOrder());
    system.advanceClock(Duration.ofSeconds(31));
    system.checkDeadlines();
    assertThat(system.query(new GetOrderSummary(ORDER_ID)).reason()).isEqualTo("timed out waiting for stock reservation");
    assertThat(system.events(StockReleased.class)).as("nothing was known to be reserved yet").isEmpty();

    system.pump().releaseHeld();

    assertThat(system.events(StockReleased.class)).hasSize(2);
    assertThat(system.query(new GetStockLevel(PEAR))).isEqualTo(new StockLevel(PEAR, 5, 0, 5, 0));
    assertThat(system.events(PaymentAuthorized.class)).isEmpty();
  }

  @Test
  void a_deadline_that_loses_the_race_with_confirmation_undoes_nothing() {
    system.pump().holdBack(OrderConfirmed.class);
    system.send(placeOrder());
    assertThat(system.query(new GetFulfilment(ORDER_ID)).step()).isEqualTo("confirming-order");

    system.advanceClock(Duration.ofSeconds(31));
    system.checkDeadlines(); // asks for a rejection, which the already confirmed order refuses
    system.pump().releaseHeld();

    assertThat(system.events(OrderRejected.class)).isEmpty();
    assertThat(system.events(StockReleased.class)).isEmpty();
    assertThat(system.events(PaymentRefunded.class)).isEmpty();
    assertThat(system.query(new GetFulfilment(ORDER_ID)).step()).isEqualTo("confirmed");
  }

  @Test
  void each_step_gets_its_own_deadline_from_when_it_started() {
    system.pump().holdBack(PaymentAuthorized.class);
    system.send(placeOrder());
    system.advanceClock(Duration.ofSeconds(20));

    system.pump().releaseHeld(); // payment answers at 20 s; scheduling the shipment starts its own 30 s
    system.advanceClock(Duration.ofSeconds(20));
    system.checkDeadlines();

    assertThat(system.query(new GetOrderSummary(ORDER_ID)).status()).isEqualTo(OrderStatus.CONFIRMED);
  }
}

package dev.eventscope.services.fulfilment;

import static dev.eventscope.services.testing.OrderFixture.APPLE;
import static dev.eventscope.services.testing.OrderFixture.DECLINED_TOKEN;
import static dev.eventscope.services.testing.OrderFixture.ORDER_ID;
import static dev.eventscope.services.testing.OrderFixture.PEAR;
import static dev.eventscope.services.testing.OrderFixture.anotherOrderId;
import static dev.eventscope.services.testing.OrderFixture.line;
import static dev.eventscope.services.testing.OrderFixture.placeOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.fulfilment.FulfilmentQuery.GetFulfilment;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.orders.OrderCommand.CancelOrder;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentAuthorized;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentScheduled;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.fulfilment.application.FulfilmentSaga;
import dev.eventscope.services.payments.domain.GatewayAnswer;
import dev.eventscope.services.payments.domain.PaymentGateway;
import dev.eventscope.services.payments.infrastructure.SimulatedPaymentGateway;
import dev.eventscope.services.testing.TestSystem;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The saga after something went wrong underneath it: a failing command, a restart. */
class FulfilmentRecoveryTest {

  @Test
  void a_command_that_fails_for_a_technical_reason_is_tried_again_at_the_next_check() {
    try (TestSystem system = new TestSystem(new GatewayFailingFirst(1))) {
      system.send(new RestockItem(APPLE, 10));
      system.send(new RestockItem(PEAR, 5));
      system.send(placeOrder());
      assertThat(system.query(new GetFulfilment(ORDER_ID)).step()).isEqualTo("authorizing-payment");

      system.checkDeadlines();

      assertThat(system.query(new GetOrderSummary(ORDER_ID)).status()).isEqualTo(OrderStatus.CONFIRMED);
      assertThat(system.metrics().get(FulfilmentSaga.COMMANDS_RETRIED)).isEqualTo(1);
    }
  }

  @Test
  void a_saga_rebuilt_from_the_stored_events_reaches_the_same_state_and_records_nothing_new() {
    try (TestSystem system = new TestSystem()) {
      system.send(new RestockItem(APPLE, 10));
      system.send(new RestockItem(PEAR, 1));
      UUID confirmed = ORDER_ID;
      UUID outOfStock = anotherOrderId(1);
      UUID declined = anotherOrderId(2);
      UUID cancelled = anotherOrderId(3);
      system.send(placeOrder(confirmed, null, line(APPLE, 1, 100), line(PEAR, 1, 100)));
      system.send(placeOrder(outOfStock, null, line(APPLE, 1, 100), line(PEAR, 1, 100)));
      system.send(placeOrder(declined, DECLINED_TOKEN, line(APPLE, 1, 100)));
      system.pump().holdBack(ShipmentScheduled.class);
      system.send(placeOrder(cancelled, null, line(APPLE, 1, 100)));
      system.send(new CancelOrder(cancelled, null));
      system.pump().releaseHeld();
      long before = system.stored().size();

      FulfilmentSaga rebuilt = new FulfilmentSaga(system.wiring().mediator(), TestSystem.STEP_DEADLINE, system.clock(), new Metrics());
      feedEverything(system, rebuilt);

      assertThat(system.stored()).as("every re-sent command was already done").hasSize((int) before);
      for (UUID order : List.of(confirmed, outOfStock, declined, cancelled)) {
        assertThat(rebuilt.find(order)).contains(system.fulfilment().saga().find(order).orElseThrow());
      }
      assertThat(system.events(PaymentAuthorized.class)).hasSize(2);
    }
  }

  private static void feedEverything(TestSystem system, FulfilmentSaga saga) {
    for (StoredEvent event : system.stored()) {
      if (saga.contexts().contains(event.context())) saga.handle(event);
    }
  }

  /** The simulated gateway behind a connection that fails the first few times. */
  private static final class GatewayFailingFirst implements PaymentGateway {
    private final PaymentGateway gateway = new SimulatedPaymentGateway();
    private final AtomicInteger failuresLeft;

    GatewayFailingFirst(int failures) {
      this.failuresLeft = new AtomicInteger(failures);
    }

    @Override
    public GatewayAnswer authorize(UUID paymentId, long amountCents, String paymentToken) {
      if (failuresLeft.getAndDecrement() > 0) throw new IllegalStateException("gateway connection reset");
      return gateway.authorize(paymentId, amountCents, paymentToken);
    }
  }
}

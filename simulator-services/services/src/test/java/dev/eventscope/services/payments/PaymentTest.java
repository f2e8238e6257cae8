package dev.eventscope.services.payments;

import static dev.eventscope.services.testing.AggregateFixture.given;
import static dev.eventscope.services.testing.PaymentFixture.authorizePayment;
import static dev.eventscope.services.testing.PaymentFixture.authorized;
import static dev.eventscope.services.testing.PaymentFixture.declined;
import static dev.eventscope.services.testing.PaymentFixture.refundPayment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.payments.PaymentCommand.AuthorizePayment;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentRefunded;
import dev.eventscope.services.payments.application.AuthorizeThroughGateway;
import dev.eventscope.services.payments.domain.Payment;
import dev.eventscope.services.payments.domain.PaymentAggregate;
import dev.eventscope.services.payments.domain.PaymentStatus;
import dev.eventscope.services.payments.infrastructure.SimulatedPaymentGateway;
import dev.eventscope.services.testing.OrderFixture;
import dev.eventscope.services.testing.PaymentFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {
  private static final PaymentAggregate PAYMENT = PaymentAggregate.TYPE;
  private final SimulatedPaymentGateway gateway = new SimulatedPaymentGateway();
  private final AuthorizeThroughGateway authorize = new AuthorizeThroughGateway(gateway);

  @Test
  void the_simulated_gateway_approves_an_ordinary_token() {
    Payment payment = given(PAYMENT).when(authorize, authorizePayment(OrderFixture.APPROVED_TOKEN))
        .thenEvents(authorized()).stateAfter();
    assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
  }

  @Test
  void the_simulated_gateway_always_declines_tok_decline() {
    given(PAYMENT).when(authorize, authorizePayment("tok_decline")).thenEvents(declined());
    assertThat(gateway.declinedCount()).isEqualTo(1);
  }

  @Test
  void authorizing_again_changes_nothing_and_does_not_ask_the_gateway() {
    given(PAYMENT, authorized()).when(authorize, authorizePayment(OrderFixture.APPROVED_TOKEN)).thenNothingHappens();
    given(PAYMENT, declined()).when(authorize, authorizePayment(OrderFixture.APPROVED_TOKEN)).thenNothingHappens();
    assertThat(gateway.approvedCount() + gateway.declinedCount()).isZero();
  }

  @Test
  void rejects_reusing_a_payment_id_for_another_order() {
    AuthorizePayment forAnotherOrder = new AuthorizePayment(PaymentFixture.PAYMENT_ID, UUID.randomUUID(), 100, null);
    given(PAYMENT, authorized()).when(authorize, forAnotherOrder).thenRejected("belongs to another order");
  }

  @Test
  void refunds_an_authorized_payment_once() {
    given(PAYMENT, authorized()).when(Payment::refund, refundPayment())
        .thenEvents(new PaymentRefunded(PaymentFixture.PAYMENT_ID, PaymentFixture.ORDER_ID, PaymentFixture.AMOUNT, "order cancelled"));
    given(PAYMENT, authorized(), new PaymentRefunded(PaymentFixture.PAYMENT_ID, PaymentFixture.ORDER_ID, 600, "x"))
        .when(Payment::refund, refundPayment()).thenNothingHappens();
  }

  @Test
  void rejects_refunding_a_declined_or_unknown_payment() {
    given(PAYMENT, declined()).when(Payment::refund, refundPayment()).thenRejected("nothing to refund");
    given(PAYMENT).when(Payment::refund, refundPayment()).thenRejected("does not exist");
  }
}

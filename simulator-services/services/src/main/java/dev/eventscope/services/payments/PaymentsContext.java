package dev.eventscope.services.payments;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.payments.PaymentCommand.AuthorizePayment;
import dev.eventscope.contracts.payments.PaymentCommand.RefundPayment;
import dev.eventscope.contracts.payments.PaymentEvent;
import dev.eventscope.runtime.aggregate.AggregateHandlers;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.services.payments.application.AuthorizeThroughGateway;
import dev.eventscope.services.payments.domain.Payment;
import dev.eventscope.services.payments.domain.PaymentAggregate;
import dev.eventscope.services.payments.domain.PaymentGateway;
import dev.eventscope.services.payments.infrastructure.FlakyPaymentGateway;
import dev.eventscope.services.payments.infrastructure.SimulatedPaymentGateway;
import java.util.Objects;

/**
 * The payments context's composition root: the Payment aggregate's commands, through the given
 * gateway, made flaky by the system's payment-decline fault when it is on.
 */
public final class PaymentsContext implements BoundedContext {
  private final PaymentGateway gateway;

  /** With the {@link SimulatedPaymentGateway}. */
  public PaymentsContext() {
    this(new SimulatedPaymentGateway());
  }

  /** With another gateway, e.g. the simulated one wrapped in fault injection. */
  public PaymentsContext(PaymentGateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  public PaymentGateway gateway() {
    return gateway;
  }

  @Override
  public String name() {
    return OrderFulfilmentContracts.PAYMENTS;
  }

  @Override
  public void register(Wiring wiring) {
    wiring.commands(new AggregateHandlers<Payment, PaymentEvent>(wiring.repository(PaymentAggregate.TYPE), wiring.tracer())
        .on(AuthorizePayment.class, c -> c.paymentId().toString(), new AuthorizeThroughGateway(
            new FlakyPaymentGateway(gateway, wiring.faults(), wiring.faultRecorder())))
        .on(RefundPayment.class, c -> c.paymentId().toString(), Payment::refund)
        .handlers());
  }
}

package dev.eventscope.services.payments.application;

import dev.eventscope.contracts.payments.PaymentCommand.AuthorizePayment;
import dev.eventscope.contracts.payments.PaymentEvent;
import dev.eventscope.runtime.aggregate.Decision;
import dev.eventscope.services.payments.domain.GatewayAnswer;
import dev.eventscope.services.payments.domain.Payment;
import dev.eventscope.services.payments.domain.PaymentGateway;
import java.util.function.BiFunction;

/**
 * The AuthorizePayment decision as the command handler runs it: ask the gateway (an outside call,
 * so never in apply and never for a payment that already has its answer), then let the Payment
 * decide. A gateway failure propagates, so the command fails and its sender may retry.
 */
public final class AuthorizeThroughGateway implements BiFunction<Payment, AuthorizePayment, Decision<PaymentEvent>> {
  private final PaymentGateway gateway;

  public AuthorizeThroughGateway(PaymentGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public Decision<PaymentEvent> apply(Payment payment, AuthorizePayment command) {
    GatewayAnswer answer = payment.needsGatewayFor(command)
        ? gateway.authorize(command.paymentId(), command.amountCents(), command.paymentToken())
        : null;
    return payment.authorize(command, answer);
  }
}

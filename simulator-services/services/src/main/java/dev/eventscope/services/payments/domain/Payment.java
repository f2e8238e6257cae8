package dev.eventscope.services.payments.domain;

import dev.eventscope.contracts.payments.PaymentCommand.AuthorizePayment;
import dev.eventscope.contracts.payments.PaymentCommand.RefundPayment;
import dev.eventscope.contracts.payments.PaymentEvent;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentAuthorized;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentDeclined;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentRefunded;
import dev.eventscope.runtime.aggregate.Decision;
import java.util.Objects;
import java.util.UUID;

/**
 * One payment for one order. {@code status} is null until the gateway has answered. The gateway
 * is asked by the command handler, only when {@link #needsGatewayFor} says so, and its answer is
 * handed to {@link #authorize}: a payment that has an answer already never asks again, which is
 * what makes a re-sent AuthorizePayment harmless.
 */
public record Payment(String id, PaymentStatus status, UUID orderId, long amountCents) {

  public static Payment absent(String id) {
    return new Payment(id, null, null, 0);
  }

  public boolean exists() {
    return status != null;
  }

  public boolean needsGatewayFor(AuthorizePayment command) {
    return !exists() && command.amountCents() >= 0;
  }

  public Decision<PaymentEvent> authorize(AuthorizePayment command, GatewayAnswer answer) {
    if (exists()) {
      return Objects.equals(orderId, command.orderId())
          ? Decision.alreadyDone()
          : Decision.reject("payment " + command.paymentId() + " belongs to another order");
    }
    if (command.amountCents() < 0) return Decision.reject("an amount cannot be negative");
    Objects.requireNonNull(answer, "the gateway's answer");
    if (answer.approved()) {
      return Decision.accept(new PaymentAuthorized(command.paymentId(), command.orderId(), command.amountCents()));
    }
    return Decision.accept(
        new PaymentDeclined(command.paymentId(), command.orderId(), command.amountCents(), answer.declineReason()));
  }

  public Decision<PaymentEvent> refund(RefundPayment command) {
    if (!exists()) return Decision.reject("payment " + command.paymentId() + " does not exist");
    if (status == PaymentStatus.REFUNDED) return Decision.alreadyDone();
    if (status == PaymentStatus.DECLINED) return Decision.reject("a declined payment has nothing to refund");
    return Decision.accept(new PaymentRefunded(command.paymentId(), orderId, amountCents, command.reason()));
  }

  Payment with(PaymentStatus newStatus, UUID order, long amount) {
    return new Payment(id, newStatus, order, amount);
  }
}

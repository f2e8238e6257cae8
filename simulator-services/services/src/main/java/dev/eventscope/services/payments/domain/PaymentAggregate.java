package dev.eventscope.services.payments.domain;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.payments.PaymentEvent;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentAuthorized;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentDeclined;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentRefunded;
import dev.eventscope.runtime.aggregate.AggregateType;

/** How a {@link Payment} evolves: the only place its state changes. */
public final class PaymentAggregate implements AggregateType<Payment, PaymentEvent> {
  public static final PaymentAggregate TYPE = new PaymentAggregate();

  private PaymentAggregate() {}

  @Override
  public String name() {
    return "Payment";
  }

  @Override
  public String context() {
    return OrderFulfilmentContracts.PAYMENTS;
  }

  @Override
  public Class<PaymentEvent> eventType() {
    return PaymentEvent.class;
  }

  @Override
  public Payment initial(String aggregateId) {
    return Payment.absent(aggregateId);
  }

  @Override
  public Payment apply(Payment payment, PaymentEvent event) {
    if (event instanceof PaymentAuthorized authorized) {
      return payment.with(PaymentStatus.AUTHORIZED, authorized.orderId(), authorized.amountCents());
    }
    if (event instanceof PaymentDeclined declined) {
      return payment.with(PaymentStatus.DECLINED, declined.orderId(), declined.amountCents());
    }
    if (event instanceof PaymentRefunded refunded) {
      return payment.with(PaymentStatus.REFUNDED, refunded.orderId(), payment.amountCents());
    }
    throw new IllegalArgumentException("a Payment cannot apply " + event.getClass().getSimpleName());
  }
}

package dev.eventscope.services.payments.infrastructure;

import dev.eventscope.services.payments.domain.GatewayAnswer;
import dev.eventscope.services.payments.domain.PaymentGateway;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * A card processor that needs no network: the token {@value #DECLINED_TOKEN} is always declined,
 * every other token (or none) is approved. Deterministic on purpose, so a scenario's seed decides
 * which orders are declined. Faults (latency, errors) are injected around it, not inside.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {
  public static final String DECLINED_TOKEN = "tok_decline";

  private final LongAdder approved = new LongAdder();
  private final LongAdder declined = new LongAdder();

  @Override
  public GatewayAnswer authorize(UUID paymentId, long amountCents, String paymentToken) {
    if (DECLINED_TOKEN.equals(paymentToken)) {
      declined.increment();
      return GatewayAnswer.decline("card declined by the issuer");
    }
    approved.increment();
    return GatewayAnswer.approve();
  }

  public long approvedCount() {
    return approved.sum();
  }

  public long declinedCount() {
    return declined.sum();
  }
}

package dev.eventscope.services.payments.infrastructure;

import dev.eventscope.runtime.fault.FaultRecorder;
import dev.eventscope.runtime.fault.Faults;
import dev.eventscope.services.payments.domain.GatewayAnswer;
import dev.eventscope.services.payments.domain.PaymentGateway;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A payment provider that declines a share of authorizations when the payment-decline fault is
 * on (a flaky provider); otherwise it asks the real gateway. The decline reason says it was
 * injected, and the fault shows in the flow graph.
 */
public final class FlakyPaymentGateway implements PaymentGateway {
  public static final String INJECTED_REASON = "injected fault: the payment provider declined";

  private final PaymentGateway gateway;
  private final Faults faults;
  private final FaultRecorder recorder;

  public FlakyPaymentGateway(PaymentGateway gateway, Faults faults, FaultRecorder recorder) {
    this.gateway = gateway;
    this.faults = faults;
    this.recorder = recorder;
  }

  @Override
  public GatewayAnswer authorize(UUID paymentId, long amountCents, String paymentToken) {
    double rate = faults.settings().paymentDeclineRate();
    if (rate > 0 && ThreadLocalRandom.current().nextDouble() < rate) {
      recorder.component(FaultRecorder.DECLINED, "handler:AuthorizePayment", "payment " + paymentId + " declined by the flaky provider");
      return GatewayAnswer.decline(INJECTED_REASON);
    }
    return gateway.authorize(paymentId, amountCents, paymentToken);
  }
}

package dev.eventscope.services.payments.domain;

import java.util.UUID;

/**
 * The card processor, as the payments context sees it. The payment id is the idempotency key a
 * real gateway would receive, so asking twice for the same payment cannot charge twice.
 */
public interface PaymentGateway {
  GatewayAnswer authorize(UUID paymentId, long amountCents, String paymentToken);
}

package dev.eventscope.contracts.payments;

import dev.eventscope.contracts.message.Event;
import java.util.UUID;

/** What happened to a Payment. */
public sealed interface PaymentEvent extends Event {
  UUID paymentId();

  UUID orderId();

  record PaymentAuthorized(UUID paymentId, UUID orderId, long amountCents) implements PaymentEvent {}

  record PaymentDeclined(UUID paymentId, UUID orderId, long amountCents, String reason) implements PaymentEvent {}

  record PaymentRefunded(UUID paymentId, UUID orderId, long amountCents, String reason) implements PaymentEvent {}
}

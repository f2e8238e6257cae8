package dev.eventscope.contracts.payments;

import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.registry.Min;
import dev.eventscope.contracts.registry.Optional;
import java.util.UUID;

/** What can be asked of a Payment; the simulated gateway decides authorizations. */
public sealed interface PaymentCommand extends Command<Accepted> {
  UUID paymentId();

  record AuthorizePayment(UUID paymentId, UUID orderId, @Min(0) long amountCents, @Optional String paymentToken)
      implements PaymentCommand {}

  record RefundPayment(UUID paymentId, String reason) implements PaymentCommand {}
}

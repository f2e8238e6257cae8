package dev.eventscope.contracts.orders;

import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.registry.Optional;
import java.util.List;
import java.util.UUID;

/** What can be asked of an Order. The client chooses the order id, so a retried PlaceOrder is harmless. */
public sealed interface OrderCommand extends Command<Accepted> {
  UUID orderId();

  /** {@code paymentToken} is what the simulated gateway charges; {@code tok_decline} is always declined. */
  record PlaceOrder(UUID orderId, String customerId, List<OrderLine> lines, @Optional String paymentToken)
      implements OrderCommand {}

  record CancelOrder(UUID orderId, @Optional String reason) implements OrderCommand {}

  record ConfirmOrder(UUID orderId) implements OrderCommand {}

  record RejectOrder(UUID orderId, String reason) implements OrderCommand {}

  record MarkOrderShipped(UUID orderId, UUID shipmentId) implements OrderCommand {}
}

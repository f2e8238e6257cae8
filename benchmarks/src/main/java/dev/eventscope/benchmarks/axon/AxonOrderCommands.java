package dev.eventscope.benchmarks.axon;

import dev.eventscope.contracts.orders.OrderLine;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The Axon side's commands: the same fields as Eventscope's PlaceOrder and ConfirmOrder, with
 * Axon's routing annotation (which Eventscope's contracts cannot carry). Events, the query and the
 * summary row are Eventscope's own contract records, so both systems move the same payloads.
 */
public final class AxonOrderCommands {
  private AxonOrderCommands() {}

  public record PlaceOrderCommand(UUID orderId, String customerId, List<OrderLine> lines, String paymentToken) {}

  public record ConfirmOrderCommand(@TargetAggregateIdentifier UUID orderId) {}
}

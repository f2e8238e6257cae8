package dev.eventscope.contracts.orders;

import dev.eventscope.contracts.message.Query;
import dev.eventscope.contracts.registry.Min;
import dev.eventscope.contracts.registry.Optional;
import java.util.UUID;

/** Questions the orders read models answer. */
public final class OrderQuery {
  private OrderQuery() {}

  public record GetOrderSummary(UUID orderId) implements Query<OrderSummary> {}

  /** Orders of one customer and/or in one status, newest first; both filters optional. */
  public record ListOrders(@Optional String customerId, @Optional OrderStatus status, @Min(1) int limit)
      implements Query<OrderList> {}
}

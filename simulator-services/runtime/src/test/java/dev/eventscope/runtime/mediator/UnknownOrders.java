package dev.eventscope.runtime.mediator;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.orders.OrderSummary;

/** A read model that knows no order: every summary query is answered "not found". */
public final class UnknownOrders implements QueryHandler<GetOrderSummary, OrderSummary> {
  @Override
  public Class<GetOrderSummary> type() {
    return GetOrderSummary.class;
  }

  @Override
  public OrderSummary handle(Envelope<GetOrderSummary> query) {
    throw new NotFoundException("order", query.payload().orderId());
  }
}

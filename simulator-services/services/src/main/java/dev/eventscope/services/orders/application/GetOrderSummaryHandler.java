package dev.eventscope.services.orders.application;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.orders.OrderSummary;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.mediator.QueryHandler;
import dev.eventscope.runtime.projection.ReadModelStore;

/** Answers one order's summary from the order-summary read model. */
public final class GetOrderSummaryHandler implements QueryHandler<GetOrderSummary, OrderSummary> {
  private final ReadModelStore<OrderSummary> rows;

  public GetOrderSummaryHandler(ReadModelStore<OrderSummary> rows) {
    this.rows = rows;
  }

  @Override
  public Class<GetOrderSummary> type() {
    return GetOrderSummary.class;
  }

  @Override
  public OrderSummary handle(Envelope<GetOrderSummary> query) {
    String id = String.valueOf(query.payload().orderId());
    return rows.get(id).orElseThrow(() -> new NotFoundException("order", id));
  }
}

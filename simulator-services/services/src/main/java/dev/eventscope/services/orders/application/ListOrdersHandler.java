package dev.eventscope.services.orders.application;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.orders.OrderList;
import dev.eventscope.contracts.orders.OrderQuery.ListOrders;
import dev.eventscope.contracts.orders.OrderSummary;
import dev.eventscope.runtime.mediator.QueryHandler;
import dev.eventscope.runtime.projection.ReadModelStore;
import java.util.Comparator;

/**
 * Orders by customer and/or status, newest first. "Newest" is the most recently changed order
 * (the row's {@code updatedAt}), which is what someone watching a live run wants on top; the
 * order id breaks ties so the answer is stable.
 */
public final class ListOrdersHandler implements QueryHandler<ListOrders, OrderList> {
  static final Comparator<OrderSummary> NEWEST_FIRST = Comparator.comparing(OrderSummary::updatedAt)
      .thenComparing(row -> row.orderId().toString())
      .reversed();

  private final ReadModelStore<OrderSummary> rows;

  public ListOrdersHandler(ReadModelStore<OrderSummary> rows) {
    this.rows = rows;
  }

  @Override
  public Class<ListOrders> type() {
    return ListOrders.class;
  }

  @Override
  public OrderList handle(Envelope<ListOrders> query) {
    ListOrders ask = query.payload();
    return new OrderList(rows.all().stream()
        .filter(row -> ask.customerId() == null || ask.customerId().equals(row.customerId()))
        .filter(row -> ask.status() == null || ask.status() == row.status())
        .sorted(NEWEST_FIRST)
        .limit(Math.max(0, ask.limit()))
        .toList());
  }
}

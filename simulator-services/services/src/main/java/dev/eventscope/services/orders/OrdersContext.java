package dev.eventscope.services.orders;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderCommand.CancelOrder;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderCommand.MarkOrderShipped;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderCommand.RejectOrder;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderSummary;
import dev.eventscope.runtime.aggregate.AggregateHandlers;
import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.services.orders.application.GetOrderSummaryHandler;
import dev.eventscope.services.orders.application.ListOrdersHandler;
import dev.eventscope.services.orders.application.OrderSummaryProjection;
import dev.eventscope.services.orders.domain.Order;
import dev.eventscope.services.orders.domain.OrderAggregate;

/** The orders context's composition root: the Order aggregate's commands and the order-summary read model. */
public final class OrdersContext implements BoundedContext {
  @Override
  public String name() {
    return OrderFulfilmentContracts.ORDERS;
  }

  @Override
  public void register(Wiring wiring) {
    wiring.commands(new AggregateHandlers<Order, OrderEvent>(wiring.repository(OrderAggregate.TYPE), wiring.tracer())
        .on(PlaceOrder.class, c -> c.orderId().toString(), Order::place)
        .on(CancelOrder.class, c -> c.orderId().toString(), Order::cancel)
        .on(ConfirmOrder.class, c -> c.orderId().toString(), Order::confirm)
        .on(RejectOrder.class, c -> c.orderId().toString(), Order::reject)
        .on(MarkOrderShipped.class, c -> c.orderId().toString(), Order::markShipped)
        .handlers());

    ReadModelStore<OrderSummary> summaries = wiring.readModels().open(OrderSummaryProjection.NAME, OrderSummary.class);
    wiring.subscriber(new OrderSummaryProjection(summaries));
    wiring.query(new GetOrderSummaryHandler(summaries));
    wiring.query(new ListOrdersHandler(summaries));
  }
}

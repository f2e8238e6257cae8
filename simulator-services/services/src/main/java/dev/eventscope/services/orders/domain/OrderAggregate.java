package dev.eventscope.services.orders.domain;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.runtime.aggregate.AggregateType;
import java.util.List;

/** How an {@link Order} evolves: the only place its state changes. */
public final class OrderAggregate implements AggregateType<Order, OrderEvent> {
  public static final OrderAggregate TYPE = new OrderAggregate();

  private OrderAggregate() {}

  @Override
  public String name() {
    return "Order";
  }

  @Override
  public String context() {
    return OrderFulfilmentContracts.ORDERS;
  }

  @Override
  public Class<OrderEvent> eventType() {
    return OrderEvent.class;
  }

  @Override
  public Order initial(String aggregateId) {
    return Order.absent(aggregateId);
  }

  @Override
  public Order apply(Order order, OrderEvent event) {
    if (event instanceof OrderPlaced placed) {
      return new Order(order.id(), OrderStatus.PENDING, placed.customerId(), List.copyOf(placed.lines()),
          placed.paymentToken(), placed.totalCents(), null, null);
    }
    if (event instanceof OrderConfirmed) return order.withStatus(OrderStatus.CONFIRMED, null);
    if (event instanceof OrderRejected rejected) return order.withStatus(OrderStatus.REJECTED, rejected.reason());
    if (event instanceof OrderCancelled cancelled) return order.withStatus(OrderStatus.CANCELLED, cancelled.reason());
    if (event instanceof OrderShipped shipped) return order.shippedWith(shipped.shipmentId());
    throw new IllegalArgumentException("an Order cannot apply " + event.getClass().getSimpleName());
  }
}

package dev.eventscope.services.inventory.domain;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.inventory.StockEvent;
import dev.eventscope.contracts.inventory.StockEvent.StockReleased;
import dev.eventscope.contracts.inventory.StockEvent.StockReservationFailed;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.contracts.inventory.StockEvent.StockRestocked;
import dev.eventscope.contracts.inventory.StockEvent.StockShipped;
import dev.eventscope.runtime.aggregate.AggregateType;
import dev.eventscope.services.inventory.domain.SettledReservations.Settlement;

/** How a {@link StockItem} evolves: the only place its state changes. */
public final class StockItemAggregate implements AggregateType<StockItem, StockEvent> {
  public static final StockItemAggregate TYPE = new StockItemAggregate();

  private StockItemAggregate() {}

  @Override
  public String name() {
    return "StockItem";
  }

  @Override
  public String context() {
    return OrderFulfilmentContracts.INVENTORY;
  }

  @Override
  public Class<StockEvent> eventType() {
    return StockEvent.class;
  }

  @Override
  public StockItem initial(String aggregateId) {
    return StockItem.empty(aggregateId);
  }

  @Override
  public StockItem apply(StockItem item, StockEvent event) {
    if (event instanceof StockRestocked restocked) {
      return new StockItem(item.sku(), item.received() + restocked.quantity(), item.shipped(), item.held(), item.settled());
    }
    if (event instanceof StockReserved reserved) {
      return new StockItem(item.sku(), item.received(), item.shipped(),
          item.held().with(reserved.orderId(), reserved.quantity()), item.settled());
    }
    if (event instanceof StockReservationFailed failed) {
      return new StockItem(item.sku(), item.received(), item.shipped(), item.held(),
          item.settled().with(failed.orderId(), Settlement.REFUSED));
    }
    if (event instanceof StockReleased released) {
      return new StockItem(item.sku(), item.received(), item.shipped(), item.held().without(released.orderId()),
          item.settled().with(released.orderId(), Settlement.RELEASED));
    }
    if (event instanceof StockShipped shipped) {
      return new StockItem(item.sku(), item.received(), item.shipped() + shipped.quantity(),
          item.held().without(shipped.orderId()), item.settled().with(shipped.orderId(), Settlement.SHIPPED));
    }
    throw new IllegalArgumentException("a StockItem cannot apply " + event.getClass().getSimpleName());
  }
}

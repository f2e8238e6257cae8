package dev.eventscope.services.inventory;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.inventory.StockCommand.ReleaseStock;
import dev.eventscope.contracts.inventory.StockCommand.ReserveStock;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.inventory.StockCommand.ShipStock;
import dev.eventscope.contracts.inventory.StockEvent;
import dev.eventscope.runtime.aggregate.AggregateHandlers;
import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.services.inventory.application.GetStockLevelHandler;
import dev.eventscope.services.inventory.application.ListStockLevelsHandler;
import dev.eventscope.services.inventory.application.StockLevelRow;
import dev.eventscope.services.inventory.application.StockLevelsProjection;
import dev.eventscope.services.inventory.domain.StockItem;
import dev.eventscope.services.inventory.domain.StockItemAggregate;

/** The inventory context's composition root: the StockItem aggregate's commands and the stock-levels read model. */
public final class InventoryContext implements BoundedContext {
  @Override
  public String name() {
    return OrderFulfilmentContracts.INVENTORY;
  }

  @Override
  public void register(Wiring wiring) {
    wiring.commands(new AggregateHandlers<StockItem, StockEvent>(wiring.repository(StockItemAggregate.TYPE), wiring.tracer())
        .on(RestockItem.class, RestockItem::sku, StockItem::restock)
        .on(ReserveStock.class, ReserveStock::sku, StockItem::reserve)
        .on(ReleaseStock.class, ReleaseStock::sku, StockItem::release)
        .on(ShipStock.class, ShipStock::sku, StockItem::ship)
        .handlers());

    ReadModelStore<StockLevelRow> levels = wiring.readModels().open(StockLevelsProjection.NAME, StockLevelRow.class);
    wiring.subscriber(new StockLevelsProjection(levels));
    wiring.query(new GetStockLevelHandler(levels));
    wiring.query(new ListStockLevelsHandler(levels));
  }
}

package dev.eventscope.services.inventory.application;

import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockQuery.GetStockLevel;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.mediator.QueryHandler;
import dev.eventscope.runtime.projection.ReadModelStore;

/** One SKU's stock level; a SKU that was never restocked nor reserved is not found. */
public final class GetStockLevelHandler implements QueryHandler<GetStockLevel, StockLevel> {
  private final ReadModelStore<StockLevelRow> rows;

  public GetStockLevelHandler(ReadModelStore<StockLevelRow> rows) {
    this.rows = rows;
  }

  @Override
  public Class<GetStockLevel> type() {
    return GetStockLevel.class;
  }

  @Override
  public StockLevel handle(Envelope<GetStockLevel> query) {
    String sku = query.payload().sku();
    return rows.get(sku).map(StockLevelRow::toStockLevel).orElseThrow(() -> new NotFoundException("SKU", sku));
  }
}

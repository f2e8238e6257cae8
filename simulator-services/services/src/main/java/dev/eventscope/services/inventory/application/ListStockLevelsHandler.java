package dev.eventscope.services.inventory.application;

import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockLevels;
import dev.eventscope.contracts.inventory.StockQuery.ListStockLevels;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.runtime.mediator.QueryHandler;
import dev.eventscope.runtime.projection.ReadModelStore;
import java.util.Comparator;

/** Every SKU's stock level, by SKU. */
public final class ListStockLevelsHandler implements QueryHandler<ListStockLevels, StockLevels> {
  private final ReadModelStore<StockLevelRow> rows;

  public ListStockLevelsHandler(ReadModelStore<StockLevelRow> rows) {
    this.rows = rows;
  }

  @Override
  public Class<ListStockLevels> type() {
    return ListStockLevels.class;
  }

  @Override
  public StockLevels handle(Envelope<ListStockLevels> query) {
    return new StockLevels(rows.all().stream()
        .map(StockLevelRow::toStockLevel)
        .sorted(Comparator.comparing(StockLevel::sku))
        .toList());
  }
}

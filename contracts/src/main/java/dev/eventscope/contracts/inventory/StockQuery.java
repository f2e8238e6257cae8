package dev.eventscope.contracts.inventory;

import dev.eventscope.contracts.message.Query;

/** Questions the stock-levels read model answers. */
public final class StockQuery {
  private StockQuery() {}

  public record GetStockLevel(String sku) implements Query<StockLevel> {}

  public record ListStockLevels() implements Query<StockLevels> {}
}

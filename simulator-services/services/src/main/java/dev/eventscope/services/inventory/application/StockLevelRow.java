package dev.eventscope.services.inventory.application;

import dev.eventscope.contracts.inventory.StockLevel;

/**
 * A stock-levels row: the public {@link StockLevel} plus the stream version it reflects, which
 * the contract does not carry but the projection needs to ignore events it has already applied.
 */
public record StockLevelRow(String sku, long available, long reserved, long received, long shipped, long version) {
  static StockLevelRow empty(String sku) {
    return new StockLevelRow(sku, 0, 0, 0, 0, 0);
  }

  public StockLevel toStockLevel() {
    return new StockLevel(sku, available, reserved, received, shipped);
  }
}

package dev.eventscope.contracts.inventory;

import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.registry.Min;
import java.util.UUID;

/** What can be asked of a stock item (one per SKU). Reservations are keyed by order, so repeats are harmless. */
public sealed interface StockCommand extends Command<Accepted> {
  String sku();

  record RestockItem(String sku, @Min(1) int quantity) implements StockCommand {}

  record ReserveStock(String sku, UUID orderId, @Min(1) int quantity) implements StockCommand {}

  record ReleaseStock(String sku, UUID orderId) implements StockCommand {}

  record ShipStock(String sku, UUID orderId) implements StockCommand {}
}

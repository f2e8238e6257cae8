package dev.eventscope.contracts.orders;

import dev.eventscope.contracts.registry.Min;

/** One line of an order: how many of which SKU at what unit price (in cents). */
public record OrderLine(String sku, @Min(1) int quantity, @Min(0) long unitPriceCents) {
  public long totalCents() {
    return unitPriceCents * quantity;
  }
}

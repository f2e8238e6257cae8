package dev.eventscope.contracts.inventory;

/** One SKU's stock: always {@code available + reserved == received - shipped}. */
public record StockLevel(String sku, long available, long reserved, long received, long shipped) {}

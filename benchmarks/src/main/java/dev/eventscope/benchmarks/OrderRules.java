package dev.eventscope.benchmarks;

import dev.eventscope.contracts.orders.OrderLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order rules of Eventscope's Order aggregate, copied for the other contenders so every system
 * decides the same things per order (validation, the total) and none wins by skipping work.
 */
public final class OrderRules {
  public static final String CURRENCY = "EUR";
  public static final String CUSTOMER = "customer-1";
  /** The lines Eventscope's Benchmark sends with every order. */
  public static final List<OrderLine> LINES = List.of(new OrderLine("SKU-001", 2, 1_250), new OrderLine("SKU-002", 1, 990));

  private OrderRules() {}

  /** The first thing wrong with a new order; null when it is fine. */
  public static String problemWith(String customerId, List<OrderLine> lines) {
    if (customerId == null || customerId.isBlank()) return "an order needs a customer";
    if (lines.isEmpty()) return "an order needs at least one line";
    Set<String> skus = new HashSet<>();
    for (OrderLine line : lines) {
      if (line.sku() == null || line.sku().isBlank()) return "every line needs a SKU";
      if (!skus.add(line.sku())) return "SKU " + line.sku() + " appears on more than one line";
      if (line.quantity() < 1) return "the quantity of " + line.sku() + " must be at least 1";
      if (line.unitPriceCents() < 0) return "the price of " + line.sku() + " cannot be negative";
    }
    return null;
  }

  public static long totalCents(List<OrderLine> lines) {
    long total = 0;
    for (OrderLine line : lines) total += line.totalCents();
    return total;
  }
}

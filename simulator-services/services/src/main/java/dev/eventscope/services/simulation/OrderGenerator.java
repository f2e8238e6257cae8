package dev.eventscope.services.simulation;

import dev.eventscope.contracts.message.MessageIds;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes a run's orders from its seed. The seed alone decides each order's customer, lines,
 * whether its payment is declined and whether it asks for more than the stock holds, so the
 * business outcome of a run does not depend on timing or the bus. Order ids are fresh each run
 * (a second run on the same store adds new orders).
 */
public final class OrderGenerator {
  public static final String DECLINED_TOKEN = "tok_decline";
  public static final String GOOD_TOKEN = "tok_visa";
  /** More than any SKU is ever stocked with: such a line can never be reserved. */
  public static final int SHORTAGE_QUANTITY = 1_000_000;
  private static final int SKUS = 20;
  private static final int CUSTOMERS = 50;

  private OrderGenerator() {}

  /** An order to place and the outcome its seed decided. */
  public record PlannedOrder(PlaceOrder command, boolean declined, boolean shortage) {
    public boolean shouldConfirm() {
      return !declined && !shortage;
    }
  }

  public static List<PlannedOrder> plan(int count, long seed, double declineRate, double shortageRate) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PlannedOrder> orders = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SplittableRandom orderRandom = random.split();
      orders.add(planOne(orderRandom, declineRate, shortageRate));
    }
    return orders;
  }

  private static PlannedOrder planOne(SplittableRandom random, double declineRate, double shortageRate) {
    boolean declined = random.nextDouble() < declineRate;
    boolean shortage = random.nextDouble() < shortageRate;
    String customer = "customer-%03d".formatted(1 + skewed(random, CUSTOMERS));
    Map<String, OrderLine> lines = new LinkedHashMap<>();
    int lineCount = 1 + random.nextInt(3);
    for (int l = 0; l < lineCount; l++) {
      String sku = sku(skewed(random, SKUS));
      lines.putIfAbsent(sku, new OrderLine(sku, 1 + random.nextInt(3), price(sku)));
    }
    if (shortage) {
      OrderLine first = lines.values().iterator().next();
      lines.put(first.sku(), new OrderLine(first.sku(), SHORTAGE_QUANTITY, first.unitPriceCents()));
    }
    PlaceOrder command = new PlaceOrder(MessageIds.next(), customer, List.copyOf(lines.values()), declined ? DECLINED_TOKEN : GOOD_TOKEN);
    return new PlannedOrder(command, declined, shortage);
  }

  /** Stock that covers every order that is not meant to run short, plus a margin. */
  public static Map<String, Integer> stockFor(List<PlannedOrder> orders) {
    Map<String, Integer> stock = new LinkedHashMap<>();
    for (int s = 0; s < SKUS; s++) stock.put(sku(s), 10);
    for (PlannedOrder order : orders) {
      for (OrderLine line : order.command().lines()) {
        if (line.quantity() < SHORTAGE_QUANTITY) stock.merge(line.sku(), line.quantity(), Integer::sum);
      }
    }
    return stock;
  }

  public static String sku(int index) {
    return "SKU-%03d".formatted(index + 1);
  }

  public static long price(String sku) {
    return 500 + (Math.abs(sku.hashCode()) % 40) * 125L;
  }

  /** Popular items and loyal customers: lower indexes come up more often. */
  private static int skewed(SplittableRandom random, int size) {
    double u = random.nextDouble();
    return (int) Math.min(size - 1, Math.floor(size * u * u));
  }
}

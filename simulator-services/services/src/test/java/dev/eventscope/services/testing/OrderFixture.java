package dev.eventscope.services.testing;

import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderLine;
import java.util.List;
import java.util.UUID;

/** Orders for tests: one customer buying two apples and a pear, paid with a card the gateway approves. */
public final class OrderFixture {
  public static final UUID ORDER_ID = UUID.fromString("0190a000-0000-7000-8000-000000000001");
  public static final String CUSTOMER = "customer-ada";
  public static final String APPROVED_TOKEN = "tok_visa";
  public static final String DECLINED_TOKEN = "tok_decline";
  public static final String APPLE = "sku-apple";
  public static final String PEAR = "sku-pear";

  private OrderFixture() {}

  public static OrderLine line(String sku, int quantity, long unitPriceCents) {
    return new OrderLine(sku, quantity, unitPriceCents);
  }

  /** Two apples at 1.50 and one pear at 3.00: 6.00 EUR. */
  public static List<OrderLine> lines() {
    return List.of(line(APPLE, 2, 150), line(PEAR, 1, 300));
  }

  public static PlaceOrder placeOrder() {
    return new PlaceOrder(ORDER_ID, CUSTOMER, lines(), APPROVED_TOKEN);
  }

  public static PlaceOrder placeOrder(UUID orderId, String paymentToken, OrderLine... lines) {
    return new PlaceOrder(orderId, CUSTOMER, List.of(lines), paymentToken);
  }

  /** The event of {@link #placeOrder()}. */
  public static OrderPlaced placedOrder() {
    return new OrderPlaced(ORDER_ID, CUSTOMER, lines(), 600, "EUR", APPROVED_TOKEN);
  }

  public static UUID anotherOrderId(int n) {
    return UUID.fromString(String.format("0190a000-0000-7000-8000-%012d", 100 + n));
  }
}

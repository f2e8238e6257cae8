package dev.eventscope.services.orders.domain;

import dev.eventscope.contracts.orders.OrderCommand.CancelOrder;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderCommand.MarkOrderShipped;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderCommand.RejectOrder;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.runtime.aggregate.Decision;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An order as its events left it. {@code status} is null until the order is placed. The decide
 * methods never change anything: they answer what should happen, and {@link OrderAggregate}
 * applies it. Repeats of a command that is already satisfied are accepted with no events, because
 * the saga re-sends commands when it rebuilds its state.
 */
public record Order(
    String id, OrderStatus status, String customerId, List<OrderLine> lines, String paymentToken,
    long totalCents, UUID shipmentId, String reason) {

  public static final String CURRENCY = "EUR";
  private static final int FEW_LINES = 8;

  public static Order absent(String id) {
    return new Order(id, null, null, List.of(), null, 0, null, null);
  }

  public boolean exists() {
    return status != null;
  }

  public Decision<OrderEvent> place(PlaceOrder command) {
    List<OrderLine> requested = command.lines() == null ? List.of() : command.lines();
    if (exists()) {
      boolean sameContent = Objects.equals(customerId, command.customerId()) && lines.equals(requested)
          && Objects.equals(paymentToken, command.paymentToken());
      return sameContent
          ? Decision.alreadyDone()
          : Decision.reject("order " + command.orderId() + " was already placed with different content");
    }
    String problem = problemWith(command.customerId(), requested);
    if (problem != null) return Decision.reject(problem);
    long total = 0;
    for (int i = 0; i < requested.size(); i++) total += requested.get(i).totalCents();
    return Decision.accept(new OrderPlaced(
        command.orderId(), command.customerId(), List.copyOf(requested), total, CURRENCY, command.paymentToken()));
  }

  public Decision<OrderEvent> cancel(CancelOrder command) {
    if (!exists()) return unknown(command.orderId());
    if (status == OrderStatus.CANCELLED) return Decision.alreadyDone();
    if (status != OrderStatus.PENDING) return Decision.reject("a " + describe() + " order can no longer be cancelled");
    return Decision.accept(new OrderCancelled(command.orderId(), command.reason()));
  }

  public Decision<OrderEvent> confirm(ConfirmOrder command) {
    if (!exists()) return unknown(command.orderId());
    // A shipped order was confirmed before it shipped, so a late repeat is already satisfied.
    if (status == OrderStatus.CONFIRMED || status == OrderStatus.SHIPPED) return Decision.alreadyDone();
    if (status != OrderStatus.PENDING) return Decision.reject("a " + describe() + " order cannot be confirmed");
    return Decision.accept(new OrderConfirmed(command.orderId()));
  }

  public Decision<OrderEvent> reject(RejectOrder command) {
    if (!exists()) return unknown(command.orderId());
    if (status == OrderStatus.REJECTED) return Decision.alreadyDone();
    if (status != OrderStatus.PENDING) return Decision.reject("a " + describe() + " order cannot be rejected");
    return Decision.accept(new OrderRejected(command.orderId(), command.reason()));
  }

  public Decision<OrderEvent> markShipped(MarkOrderShipped command) {
    if (!exists()) return unknown(command.orderId());
    if (status == OrderStatus.SHIPPED && Objects.equals(shipmentId, command.shipmentId())) return Decision.alreadyDone();
    if (status != OrderStatus.CONFIRMED) return Decision.reject("only a confirmed order can ship; this one is " + describe());
    return Decision.accept(new OrderShipped(command.orderId(), command.shipmentId()));
  }

  Order withStatus(OrderStatus newStatus, String newReason) {
    return new Order(id, newStatus, customerId, lines, paymentToken, totalCents, shipmentId, newReason);
  }

  Order shippedWith(UUID shipment) {
    return new Order(id, OrderStatus.SHIPPED, customerId, lines, paymentToken, totalCents, shipment, reason);
  }

  private String describe() {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static Decision<OrderEvent> unknown(UUID orderId) {
    return Decision.reject("order " + orderId + " does not exist");
  }

  /** The first thing wrong with a new order, in words a customer would understand; null when it is fine. */
  private static String problemWith(String customerId, List<OrderLine> lines) {
    if (customerId == null || customerId.isBlank()) return "an order needs a customer";
    if (lines.isEmpty()) return "an order needs at least one line";
    Set<String> skus = lines.size() > FEW_LINES ? new HashSet<>() : null;
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      if (line.sku() == null || line.sku().isBlank()) return "every line needs a SKU";
      if (skus == null ? appearsBefore(line.sku(), lines, i) : !skus.add(line.sku())) {
        return "SKU " + line.sku() + " appears on more than one line; put its whole quantity on one line";
      }
      if (line.quantity() < 1) return "the quantity of " + line.sku() + " must be at least 1";
      if (line.unitPriceCents() < 0) return "the price of " + line.sku() + " cannot be negative";
    }
    return null;
  }

  /** A handful of lines (most orders): comparing with the earlier ones beats building a set per order. */
  private static boolean appearsBefore(String sku, List<OrderLine> lines, int index) {
    for (int i = 0; i < index; i++) {
      if (sku.equals(lines.get(i).sku())) return true;
    }
    return false;
  }
}

package dev.eventscope.console.bench;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hops shaped like one order's whole trip through the real system (the node names the tracer uses):
 * placed, stock reserved, paid, shipped and confirmed by the saga, one in fifty declined and
 * compensated; about forty hops per order, drawing a graph the size of a real run's. Cheap to
 * make: the benchmark measures the console, not this.
 */
final class SyntheticOrderHops {
  static final int HOPS_PER_ORDER = 40;

  private long orders;

  /** {@code count} hops, continuing the current order where the last call stopped. */
  List<Hop> next(int count) {
    List<Hop> hops = new ArrayList<>(count + HOPS_PER_ORDER);
    while (hops.size() < count) hops.addAll(order(orders++));
    return hops.subList(0, count);
  }

  private static List<Hop> order(long n) {
    UUID correlation = UUID.randomUUID();
    long now = System.currentTimeMillis() * 1_000;
    List<Hop> hops = new ArrayList<>(HOPS_PER_ORDER);
    UUID placed = command(hops, "simulator", "PlaceOrder", "Order", "OrderPlaced", correlation, null, now, Outcome.OK);
    published(hops, placed, "OrderPlaced", correlation, now, "order-summary", "fulfilment", "notifications");
    UUID reserved = command(hops, "saga:fulfilment", "ReserveStock", "StockItem", "StockReserved", correlation, placed, now + 200, Outcome.OK);
    published(hops, reserved, "StockReserved", correlation, now + 200, "stock-levels", "fulfilment");
    // One payment in fifty is declined: error edges and the compensation are drawn too.
    if (n % 50 == 49) {
      command(hops, "saga:fulfilment", "AuthorizePayment", "Payment", "PaymentAuthorized", correlation, reserved, now + 400, Outcome.REJECTED);
      UUID released = command(hops, "saga:fulfilment", "ReleaseStock", "StockItem", "StockReleased", correlation, reserved, now + 500, Outcome.OK);
      published(hops, released, "StockReleased", correlation, now + 500, "stock-levels", "fulfilment");
      UUID rejected = command(hops, "saga:fulfilment", "RejectOrder", "Order", "OrderRejected", correlation, released, now + 600, Outcome.OK);
      published(hops, rejected, "OrderRejected", correlation, now + 600, "order-summary", "notifications");
      return hops;
    }
    UUID paid = command(hops, "saga:fulfilment", "AuthorizePayment", "Payment", "PaymentAuthorized", correlation, reserved, now + 400, Outcome.OK);
    published(hops, paid, "PaymentAuthorized", correlation, now + 400, "fulfilment");
    UUID shipped = command(hops, "saga:fulfilment", "ScheduleShipment", "Shipment", "ShipmentScheduled", correlation, paid, now + 600, Outcome.OK);
    published(hops, shipped, "ShipmentScheduled", correlation, now + 600, "fulfilment", "notifications");
    UUID confirmed = command(hops, "saga:fulfilment", "ConfirmOrder", "Order", "OrderConfirmed", correlation, shipped, now + 800, Outcome.OK);
    published(hops, confirmed, "OrderConfirmed", correlation, now + 800, "order-summary", "notifications");
    return hops;
  }

  /** source → mediator → handler → aggregate → store; answers the event's id. */
  private static UUID command(List<Hop> hops, String source, String type, String aggregate, String event, UUID correlation, UUID cause, long at,
      Outcome outcome) {
    UUID command = UUID.randomUUID();
    UUID stored = UUID.randomUUID();
    hops.add(hop(source, "mediator", command, type, correlation, cause, at, Outcome.OK));
    hops.add(hop("mediator", "handler:" + type, command, type, correlation, cause, at + 20, outcome));
    if (outcome != Outcome.OK) return stored;
    hops.add(hop("handler:" + type, "aggregate:" + aggregate, command, type, correlation, cause, at + 40, Outcome.OK));
    hops.add(hop("aggregate:" + aggregate, "store", stored, event, correlation, command, at + 60, Outcome.OK));
    return stored;
  }

  /** store → outbox → bus → each subscriber. */
  private static void published(List<Hop> hops, UUID event, String type, UUID correlation, long at, String... subscribers) {
    hops.add(hop("store", "outbox", event, type, correlation, null, at + 80, Outcome.OK));
    hops.add(hop("outbox", "bus:memory", event, type, correlation, null, at + 100, Outcome.OK));
    for (String subscriber : subscribers) {
      hops.add(hop("bus:memory", "subscriber:" + subscriber, event, type, correlation, null, at + 120, Outcome.OK));
    }
  }

  private static Hop hop(String from, String to, UUID message, String type, UUID correlation, UUID cause, long at, Outcome outcome) {
    return new Hop(from, to, message, type, correlation, cause, at, 15, outcome, outcome == Outcome.OK ? null : "card declined", false);
  }
}

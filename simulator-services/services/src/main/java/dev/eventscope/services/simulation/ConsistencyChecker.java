package dev.eventscope.services.simulation;

import dev.eventscope.contracts.inventory.StockEvent;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.contracts.payments.PaymentEvent;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Checks a whole store: the business invariants, computed from the events alone, and every live
 * read model against a copy rebuilt from the same events.
 *
 * <ul>
 *   <li>every order ends confirmed (or shipped), rejected or cancelled;
 *   <li>stock never goes negative, and per SKU reserved + available = received − shipped;
 *   <li>every authorized payment of a rejected or cancelled order is refunded;
 *   <li>each read model equals its rebuild.
 * </ul>
 */
public final class ConsistencyChecker {
  private static final int MAX_LISTED = 20;

  private final List<String> mismatches = new ArrayList<>();
  private int total;

  public static SimulationReport.Consistency check(EventStore store, List<Projection> live, List<Projection> rebuilt) {
    ConsistencyChecker checker = new ConsistencyChecker();
    checker.checkInvariants(store);
    checker.compareReadModels(live, rebuilt);
    List<String> listed = new ArrayList<>(checker.mismatches);
    if (checker.total > listed.size()) listed.add("… and " + (checker.total - listed.size()) + " more");
    return new SimulationReport.Consistency(checker.total == 0, listed);
  }

  private void mismatch(String text) {
    total++;
    if (mismatches.size() < MAX_LISTED) mismatches.add(text);
  }

  private void checkInvariants(EventStore store) {
    Map<UUID, OrderStatus> orders = new HashMap<>();
    Map<String, Stock> stock = new TreeMap<>();
    Map<UUID, Payment> payments = new HashMap<>();
    long after = 0;
    for (List<StoredEvent> page = store.readAll(after, 5_000); !page.isEmpty(); page = store.readAll(after, 5_000)) {
      for (StoredEvent stored : page) {
        Event event = stored.payload();
        if (event instanceof OrderEvent orderEvent) orders.put(orderEvent.orderId(), statusAfter(orderEvent));
        else if (event instanceof StockEvent stockEvent) stock.computeIfAbsent(stockEvent.sku(), Stock::new).apply(stockEvent, this);
        else if (event instanceof PaymentEvent paymentEvent) payments.computeIfAbsent(paymentEvent.paymentId(), id -> new Payment()).apply(paymentEvent);
        after = stored.position();
      }
    }
    orders.forEach((id, status) -> {
      if (!status.terminal()) mismatch("order " + id + " is still " + status);
    });
    payments.values().forEach(payment -> {
      OrderStatus status = orders.get(payment.orderId);
      boolean orderFailed = status == OrderStatus.REJECTED || status == OrderStatus.CANCELLED;
      if (orderFailed && payment.authorized && !payment.refunded) {
        mismatch("payment of " + status.name().toLowerCase() + " order " + payment.orderId + " was authorized and never refunded");
      }
    });
  }

  private static OrderStatus statusAfter(OrderEvent event) {
    if (event instanceof OrderEvent.OrderConfirmed) return OrderStatus.CONFIRMED;
    if (event instanceof OrderEvent.OrderRejected) return OrderStatus.REJECTED;
    if (event instanceof OrderEvent.OrderCancelled) return OrderStatus.CANCELLED;
    if (event instanceof OrderEvent.OrderShipped) return OrderStatus.SHIPPED;
    return OrderStatus.PENDING;
  }

  private void compareReadModels(List<Projection> live, List<Projection> rebuilt) {
    for (Projection fresh : rebuilt) {
      Projection current = live.stream().filter(p -> p.name().equals(fresh.name())).findFirst().orElse(null);
      if (current == null) {
        mismatch("read model " + fresh.name() + " is not running");
        continue;
      }
      Map<String, ?> expected = fresh.rows();
      Map<String, ?> actual = current.rows();
      for (Map.Entry<String, ?> row : expected.entrySet()) {
        Object liveRow = actual.get(row.getKey());
        if (!Objects.equals(row.getValue(), liveRow)) {
          mismatch(fresh.name() + " row " + row.getKey() + ": live " + liveRow + " but the events say " + row.getValue());
        }
      }
      for (String key : actual.keySet()) {
        if (!expected.containsKey(key)) mismatch(fresh.name() + " row " + key + " has no events behind it");
      }
    }
  }

  /** One SKU as its events tell it. */
  private static final class Stock {
    private final String sku;
    private long received;
    private long shipped;
    private final Map<UUID, Integer> reserved = new HashMap<>();

    Stock(String sku) {
      this.sku = sku;
    }

    void apply(StockEvent event, ConsistencyChecker checker) {
      if (event instanceof StockEvent.StockRestocked restocked) received += restocked.quantity();
      else if (event instanceof StockEvent.StockReserved reservation) reserved.merge(reservation.orderId(), reservation.quantity(), Integer::sum);
      else if (event instanceof StockEvent.StockReleased released) reserved.remove(released.orderId());
      else if (event instanceof StockEvent.StockShipped shippedEvent) {
        shipped += shippedEvent.quantity();
        reserved.remove(shippedEvent.orderId());
      }
      long available = received - shipped - reserved.values().stream().mapToLong(Integer::longValue).sum();
      if (available < 0) checker.mismatch("stock of " + sku + " went negative (" + available + ")");
    }
  }

  /** One payment as its events tell it. */
  private static final class Payment {
    private UUID orderId;
    private boolean authorized;
    private boolean refunded;

    void apply(PaymentEvent event) {
      orderId = event.orderId();
      if (event instanceof PaymentEvent.PaymentAuthorized) authorized = true;
      if (event instanceof PaymentEvent.PaymentRefunded) refunded = true;
    }
  }
}

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
import java.util.function.Predicate;

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
    List<ReadModelRows> readModels = rebuilt.stream().map(fresh -> new ReadModelRows(fresh.name(),
        live.stream().filter(p -> p.name().equals(fresh.name())).findFirst().map(Projection::rows).orElse(null), fresh.rows())).toList();
    return check(List.of(new Source(store, event -> true)), readModels, List.of());
  }

  /** A store and which of its events are its own (a fleet service's store also holds copies of other services' events). */
  public record Source(EventStore store, Predicate<StoredEvent> own) {}

  /** One read model's rows as they are ({@code null}: it does not run) and as its events say they must be. */
  public record ReadModelRows(String name, Map<String, ?> live, Map<String, ?> expected) {}

  /**
   * Checks several stores as one system (a fleet: each service's store): the invariants over
   * their own events, the read models, and mismatches found elsewhere.
   */
  public static SimulationReport.Consistency check(List<Source> sources, List<ReadModelRows> readModels, List<String> foundElsewhere) {
    ConsistencyChecker checker = new ConsistencyChecker();
    checker.checkInvariants(sources);
    readModels.forEach(checker::compare);
    foundElsewhere.forEach(checker::mismatch);
    List<String> listed = new ArrayList<>(checker.mismatches);
    if (checker.total > listed.size()) listed.add("… and " + (checker.total - listed.size()) + " more");
    return new SimulationReport.Consistency(checker.total == 0, listed);
  }

  private void mismatch(String text) {
    total++;
    if (mismatches.size() < MAX_LISTED) mismatches.add(text);
  }

  private void checkInvariants(List<Source> sources) {
    Map<UUID, OrderStatus> orders = new HashMap<>();
    Map<String, Stock> stock = new TreeMap<>();
    Map<UUID, Payment> payments = new HashMap<>();
    for (Source source : sources) {
      EventStore store = source.store();
      long after = 0;
      for (List<StoredEvent> page = store.readAll(after, 5_000); !page.isEmpty(); page = store.readAll(after, 5_000)) {
        for (StoredEvent stored : page) {
          after = stored.position();
          if (!source.own().test(stored)) continue;
          Event event = stored.payload();
          if (event instanceof OrderEvent orderEvent) orders.put(orderEvent.orderId(), statusAfter(orderEvent));
          else if (event instanceof StockEvent stockEvent) stock.computeIfAbsent(stockEvent.sku(), Stock::new).apply(stockEvent, this);
          else if (event instanceof PaymentEvent paymentEvent) payments.computeIfAbsent(paymentEvent.paymentId(), id -> new Payment()).apply(paymentEvent);
        }
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

  private void compare(ReadModelRows readModel) {
    if (readModel.live() == null) {
      mismatch("read model " + readModel.name() + " is not running");
      return;
    }
    for (Map.Entry<String, ?> row : readModel.expected().entrySet()) {
      Object liveRow = readModel.live().get(row.getKey());
      if (!Objects.equals(row.getValue(), liveRow)) {
        mismatch(readModel.name() + " row " + row.getKey() + ": live " + liveRow + " but the events say " + row.getValue());
      }
    }
    for (String key : readModel.live().keySet()) {
      if (!readModel.expected().containsKey(key)) mismatch(readModel.name() + " row " + key + " has no events behind it");
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

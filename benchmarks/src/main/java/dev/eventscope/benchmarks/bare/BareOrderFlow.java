package dev.eventscope.benchmarks.bare;

import dev.eventscope.benchmarks.Contender;
import dev.eventscope.benchmarks.OrderFlow;
import dev.eventscope.benchmarks.OrderRules;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.contracts.orders.OrderSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The floor: the same decisions, events and read model by hand, on HashMaps, with no framework,
 * no envelope, no thread hop and no locking. Each command checks the order rules, records its event
 * in the order's stream and a global log, updates the aggregate's state and the summary row.
 */
public final class BareOrderFlow implements OrderFlow {
  private record Stored(long position, String aggregateId, long version, Instant at, OrderEvent event) {}

  private record State(OrderStatus status, long version) {}

  private final List<Stored> log = new ArrayList<>();
  private final Map<String, List<Stored>> streams = new HashMap<>();
  private final Map<String, State> orders = new HashMap<>();
  private final Map<String, OrderSummary> summaries = new HashMap<>();

  public static Contender contender() {
    return Contender.driven("bare loop (no framework)", BareOrderFlow::new);
  }

  @Override
  public void order(UUID orderId) {
    place(orderId, OrderRules.CUSTOMER, OrderRules.LINES);
    confirm(orderId);
    if (summaries.get(orderId.toString()) == null) throw new IllegalStateException("no summary for " + orderId);
  }

  private void place(UUID orderId, String customerId, List<OrderLine> lines) {
    String id = orderId.toString();
    if (orders.containsKey(id)) throw new IllegalStateException("order " + id + " was already placed");
    String problem = OrderRules.problemWith(customerId, lines);
    if (problem != null) throw new IllegalArgumentException(problem);
    Stored stored = append(id, 0, new OrderPlaced(orderId, customerId, List.copyOf(lines), OrderRules.totalCents(lines),
        OrderRules.CURRENCY, null));
    orders.put(id, new State(OrderStatus.PENDING, stored.version()));
    OrderPlaced placed = (OrderPlaced) stored.event();
    summaries.put(id, new OrderSummary(orderId, customerId, OrderStatus.PENDING, placed.totalCents(), placed.currency(),
        lines.size(), null, stored.at(), stored.version()));
  }

  private void confirm(UUID orderId) {
    String id = orderId.toString();
    State state = orders.get(id);
    if (state == null) throw new IllegalStateException("order " + id + " does not exist");
    if (state.status() == OrderStatus.CONFIRMED) return;
    if (state.status() != OrderStatus.PENDING) throw new IllegalStateException("a " + state.status() + " order cannot be confirmed");
    Stored stored = append(id, state.version(), new OrderConfirmed(orderId));
    orders.put(id, new State(OrderStatus.CONFIRMED, stored.version()));
    OrderSummary row = summaries.get(id);
    summaries.put(id, new OrderSummary(row.orderId(), row.customerId(), OrderStatus.CONFIRMED, row.totalCents(), row.currency(),
        row.lineCount(), row.reason(), stored.at(), stored.version()));
  }

  private Stored append(String aggregateId, long expectedVersion, OrderEvent event) {
    List<Stored> stream = streams.computeIfAbsent(aggregateId, key -> new ArrayList<>(2));
    if (stream.size() != expectedVersion) throw new IllegalStateException("concurrent change to " + aggregateId);
    Stored stored = new Stored(log.size() + 1, aggregateId, expectedVersion + 1, Instant.now(), event);
    stream.add(stored);
    log.add(stored);
    return stored;
  }

  @Override
  public void awaitCaughtUp() {
    // Synchronous: the summary is written with the event.
  }

  @Override
  public void close() {
    // Nothing runs in the background.
  }
}

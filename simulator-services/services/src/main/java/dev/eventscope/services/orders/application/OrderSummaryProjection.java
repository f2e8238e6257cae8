package dev.eventscope.services.orders.application;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.contracts.orders.OrderSummary;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order-summary read model: one row per order. Each row remembers the stream version it
 * reflects, so an event delivered twice (or replayed over a live model) changes nothing. Times
 * come from the events, never the clock, so a rebuild produces exactly the same rows.
 */
public final class OrderSummaryProjection implements Projection {
  public static final String NAME = "order-summary";
  private static final Logger LOG = LoggerFactory.getLogger(OrderSummaryProjection.class);

  private final ReadModelStore<OrderSummary> rows;

  public OrderSummaryProjection(ReadModelStore<OrderSummary> rows) {
    this.rows = rows;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> contexts() {
    return Set.of(OrderFulfilmentContracts.ORDERS);
  }

  @Override
  public void handle(StoredEvent stored) {
    if (!(stored.payload() instanceof OrderEvent event)) return;
    Optional<OrderSummary> current = rows.get(stored.aggregateId());
    if (current.isPresent() && stored.version() <= current.get().version()) return;
    Instant at = stored.envelope().occurredAt();
    if (event instanceof OrderPlaced placed) {
      rows.put(stored.aggregateId(), new OrderSummary(placed.orderId(), placed.customerId(), OrderStatus.PENDING,
          placed.totalCents(), placed.currency(), placed.lines().size(), null, at, stored.version()));
      return;
    }
    if (current.isEmpty()) {
      // Streams are delivered in version order, so this only happens if OrderPlaced was lost upstream.
      LOG.warn("{} v{} for order {} arrived before the order was placed; ignored", stored.type(), stored.version(),
          stored.aggregateId());
      return;
    }
    rows.put(stored.aggregateId(), updated(current.get(), event, at, stored.version()));
  }

  private static OrderSummary updated(OrderSummary row, OrderEvent event, Instant at, long version) {
    OrderStatus status = row.status();
    String reason = row.reason();
    if (event instanceof OrderConfirmed) {
      status = OrderStatus.CONFIRMED;
    } else if (event instanceof OrderRejected rejected) {
      status = OrderStatus.REJECTED;
      reason = rejected.reason();
    } else if (event instanceof OrderCancelled cancelled) {
      status = OrderStatus.CANCELLED;
      reason = cancelled.reason();
    } else if (event instanceof OrderShipped) {
      status = OrderStatus.SHIPPED;
    }
    return new OrderSummary(row.orderId(), row.customerId(), status, row.totalCents(), row.currency(), row.lineCount(),
        reason, at, version);
  }

  @Override
  public Map<String, OrderSummary> rows() {
    Map<String, OrderSummary> byId = new LinkedHashMap<>();
    for (OrderSummary row : rows.all()) byId.put(row.orderId().toString(), row);
    return byId;
  }
}

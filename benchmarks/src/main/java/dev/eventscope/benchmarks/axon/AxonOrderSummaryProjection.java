package dev.eventscope.benchmarks.axon;

import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.contracts.orders.OrderSummary;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The order-summary read model on Axon, kept like Eventscope's: one row per order, the stream
 * version it reflects (Axon counts from 0, Eventscope from 1), a redelivered event changes nothing.
 */
public class AxonOrderSummaryProjection {
  private final Map<String, OrderSummary> rows = new ConcurrentHashMap<>();

  @EventHandler
  void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant at) {
    rows.putIfAbsent(event.orderId().toString(), new OrderSummary(event.orderId(), event.customerId(), OrderStatus.PENDING,
        event.totalCents(), event.currency(), event.lines().size(), null, at, sequence + 1));
  }

  @EventHandler
  void on(OrderConfirmed event, @SequenceNumber long sequence, @Timestamp Instant at) {
    rows.computeIfPresent(event.orderId().toString(), (id, row) -> sequence + 1 <= row.version() ? row
        : new OrderSummary(row.orderId(), row.customerId(), OrderStatus.CONFIRMED, row.totalCents(), row.currency(),
            row.lineCount(), row.reason(), at, sequence + 1));
  }

  @QueryHandler
  public OrderSummary handle(GetOrderSummary query) {
    return rows.get(query.orderId().toString());
  }

  public int size() {
    return rows.size();
  }
}

package dev.eventscope.services.simulation;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * A subscriber that watches a run from the inside like any other subscriber would: when each of
 * this run's orders reaches a final status (for the latency figures), and how often every event
 * arrived (an event it never got is lost; one it got twice was applied twice).
 */
final class RunProbe implements Subscriber {
  private final Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
  private final Map<UUID, OrderStatus> finalStatus = new ConcurrentHashMap<>();
  private final Map<Long, Integer> applications = new ConcurrentHashMap<>();
  private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(3);
  private final LongAdder appliedTwice = new LongAdder();
  private volatile CountDownLatch remaining = new CountDownLatch(0);

  @Override
  public String name() {
    return "run-probe";
  }

  @Override
  public Set<String> contexts() {
    return Set.of(OrderFulfilmentContracts.ORDERS, OrderFulfilmentContracts.INVENTORY,
        OrderFulfilmentContracts.PAYMENTS, OrderFulfilmentContracts.SHIPPING);
  }

  void expect(int orders) {
    remaining = new CountDownLatch(orders);
  }

  void sent(UUID orderId, long nanos) {
    sentAt.put(orderId, nanos);
  }

  /** An order the system refused to take: it will never reach a final status, so stop waiting for it. */
  void notPlaced(UUID orderId) {
    sentAt.remove(orderId);
    remaining.countDown();
  }

  @Override
  public void handle(StoredEvent event) {
    if (applications.merge(event.position(), 1, Integer::sum) > 1) appliedTwice.increment();
    OrderStatus status = terminalStatus(event);
    if (status == null) return;
    UUID orderId = ((OrderEvent) event.payload()).orderId();
    Long started = sentAt.get(orderId);
    if (started != null && finalStatus.putIfAbsent(orderId, status) == null) {
      latencyMicros.recordValue(Math.max(1, (System.nanoTime() - started) / 1_000));
      remaining.countDown();
    }
  }

  private static OrderStatus terminalStatus(StoredEvent event) {
    if (event.payload() instanceof OrderEvent.OrderConfirmed) return OrderStatus.CONFIRMED;
    if (event.payload() instanceof OrderEvent.OrderRejected) return OrderStatus.REJECTED;
    if (event.payload() instanceof OrderEvent.OrderCancelled) return OrderStatus.CANCELLED;
    return null;
  }

  boolean awaitAllFinal(long timeoutMillis) throws InterruptedException {
    return remaining.await(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  Map<UUID, OrderStatus> finalStatuses() {
    return finalStatus;
  }

  long appliedTwice() {
    return appliedTwice.sum();
  }

  /** Positions of stored events (of the contexts it watches) that it never received. */
  boolean received(long position) {
    return applications.containsKey(position);
  }

  ConcurrentHistogram latencyMicros() {
    return latencyMicros;
  }
}

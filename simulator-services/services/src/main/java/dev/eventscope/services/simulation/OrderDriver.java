package dev.eventscope.services.simulation;

import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.services.simulation.OrderGenerator.PlannedOrder;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places planned orders from a few concurrent clients, as fast as possible or paced to a rate
 * (order i is due at start + i / rate). A refused PlaceOrder is logged and counted by the
 * mediator's metrics; the run goes on.
 */
final class OrderDriver {
  private static final Logger LOG = LoggerFactory.getLogger(OrderDriver.class);

  private final Mediator mediator;
  private final RunProbe probe;
  private final int clients;
  private final Double ratePerSecond;

  OrderDriver(Mediator mediator, RunProbe probe, int clients, Double ratePerSecond) {
    this.mediator = mediator;
    this.probe = probe;
    this.clients = Math.max(1, clients);
    this.ratePerSecond = ratePerSecond;
  }

  void place(List<PlannedOrder> plan) {
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.execute(() -> {
        for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
          waitUntilDue(start, i);
          PlannedOrder order = plan.get(i);
          probe.sent(order.command().orderId(), System.nanoTime());
          try {
            mediator.send(order.command(), "simulator");
          } catch (RuntimeException e) {
            LOG.warn("PlaceOrder {} was not accepted: {}", order.command().orderId(), e.getMessage());
            probe.notPlaced(order.command().orderId());
          }
        }
      });
    }
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void waitUntilDue(long start, int index) {
    if (ratePerSecond == null || ratePerSecond <= 0) return;
    long due = start + (long) (index * 1e9 / ratePerSecond);
    long wait = due - System.nanoTime();
    if (wait > 0) LockSupport.parkNanos(wait);
  }
}

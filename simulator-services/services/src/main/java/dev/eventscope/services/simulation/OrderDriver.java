package dev.eventscope.services.simulation;

import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.runtime.mediator.Mediator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places orders from a few concurrent clients, each when the pacer says it is due, and tells the
 * probe how each PlaceOrder ended: acknowledged, rejected (with a reason), or failed before it
 * was acknowledged (the client was told). The run goes on either way.
 */
public final class OrderDriver {
  private static final Logger LOG = LoggerFactory.getLogger(OrderDriver.class);

  private static final int FAILURES_LOGGED = 5;

  private final Mediator mediator;
  private final RunProbe probe;
  private final int clients;
  private final AtomicLong failures = new AtomicLong();

  public OrderDriver(Mediator mediator, RunProbe probe, int clients) {
    this.mediator = mediator;
    this.probe = probe;
    this.clients = Math.max(1, clients);
  }

  /** Places {@code orders.apply(i)} for every ticket the pacer hands out; returns when it hands out no more. */
  public void place(Pacer pacer, IntFunction<PlaceOrder> orders) {
    ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> new Thread(runnable, "eventscope-client"));
    pacer.start(System.nanoTime());
    for (int c = 0; c < clients; c++) {
      pool.execute(() -> {
        for (Pacer.Ticket ticket = pacer.next(); ticket != null; ticket = pacer.next()) {
          long wait = ticket.dueNanos() - System.nanoTime();
          if (wait > 0) LockSupport.parkNanos(wait);
          PlaceOrder order = orders.apply(ticket.index());
          probe.sent(order.orderId(), System.nanoTime());
          try {
            mediator.send(order, "simulator");
            probe.acknowledged(order.orderId());
          } catch (CommandRejectedException e) {
            LOG.info("PlaceOrder {} was rejected: {}", order.orderId(), e.getMessage());
            probe.notPlaced(order.orderId(), false);
          } catch (RuntimeException e) {
            failed(order, e);
          }
        }
      });
    }
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pacer.stop();
    }
    if (failures.get() > FAILURES_LOGGED) {
      LOG.warn("{} PlaceOrder commands failed before they were acknowledged (the first {} are logged above)", failures.get(),
          FAILURES_LOGGED);
    }
  }

  /** The first few failures are logged one by one; an outage that fails hundreds is summed up at the end. */
  private void failed(PlaceOrder order, RuntimeException e) {
    long count = failures.incrementAndGet();
    if (count <= FAILURES_LOGGED) {
      LOG.warn("PlaceOrder {} failed before it was acknowledged: {}", order.orderId(), e.getMessage());
    }
    probe.notPlaced(order.orderId(), true);
  }
}

package dev.eventscope.runtime.fault;

import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deliveries held back by a fault, for one consumer: each is handed on when its time comes, by
 * one thread, in due order (equal due times keep their arrival order). While {@code brokerDown}
 * holds, nothing is handed on.
 */
final class DelayedDeliveries implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DelayedDeliveries.class);

  private final DelayQueue<Due> queue = new DelayQueue<>();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicInteger pending = new AtomicInteger();
  private final EventConsumer target;
  private final BooleanSupplier brokerDown;
  private final Thread thread;
  private volatile boolean running = true;

  DelayedDeliveries(String subscriber, EventConsumer target, BooleanSupplier brokerDown) {
    this.target = target;
    this.brokerDown = brokerDown;
    this.thread = new Thread(this::run, "eventscope-fault-delay-" + subscriber);
    thread.setDaemon(true);
    thread.start();
  }

  void add(StoredEvent event, long delayNanos) {
    pending.incrementAndGet();
    queue.add(new Due(event, System.nanoTime() + delayNanos, sequence.incrementAndGet()));
  }

  boolean idle() {
    return pending.get() == 0;
  }

  private void run() {
    while (running) {
      try {
        Due due = queue.take();
        while (brokerDown.getAsBoolean() && running) Thread.sleep(5);
        try {
          target.accept(due.event);
        } catch (RuntimeException e) {
          LOG.warn("a delayed delivery of {} failed: {}", due.event.envelope().type(), e.toString());
        } finally {
          pending.decrementAndGet();
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }

  private record Due(StoredEvent event, long dueNanos, long sequence) implements Delayed {
    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      Due that = (Due) other;
      int byTime = Long.compare(dueNanos, that.dueNanos);
      return byTime != 0 ? byTime : Long.compare(sequence, that.sequence);
    }
  }
}

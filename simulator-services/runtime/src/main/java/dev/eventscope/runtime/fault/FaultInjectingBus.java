package dev.eventscope.runtime.fault;

import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Any bus strategy with the bus faults of {@link Faults} laid over it, so every fault works the
 * same on every bus: deliveries are delayed, dropped, duplicated or reordered on their way to
 * each subscriber, and during an outage the broker refuses to publish and delivers nothing (the
 * outbox holds the events and publishes them when it is back). With no fault on it only passes
 * calls through.
 */
public final class FaultInjectingBus implements EventBus {
  private final EventBus delegate;
  private final Faults faults;
  private final FaultRecorder recorder;
  private final List<FaultyDelivery> deliveries = new CopyOnWriteArrayList<>();

  public FaultInjectingBus(EventBus delegate, Faults faults, FaultRecorder recorder) {
    this.delegate = delegate;
    this.faults = faults;
    this.recorder = recorder;
  }

  /** The strategy underneath. */
  public EventBus delegate() {
    return delegate;
  }

  @Override
  public String strategy() {
    return delegate.strategy();
  }

  @Override
  public void subscribe(String subscriber, Set<String> contexts, EventConsumer consumer) {
    FaultyDelivery delivery = new FaultyDelivery(subscriber, consumer, faults, recorder);
    deliveries.add(delivery);
    delegate.subscribe(subscriber, contexts, delivery);
  }

  @Override
  public void start() {
    delegate.start();
  }

  @Override
  public void publish(StoredEvent event) {
    refuseWhileDown();
    delegate.publish(event);
  }

  @Override
  public void publishAll(List<StoredEvent> events) {
    refuseWhileDown();
    delegate.publishAll(events);
  }

  private void refuseWhileDown() {
    if (faults.settings().outage()) throw new BusUnavailableException(strategy() + " is down (injected outage)", null);
  }

  @Override
  public boolean drain(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!delegate.drain(timeout)) return false;
    for (FaultyDelivery delivery : deliveries) {
      while (!delivery.idle()) {
        if (System.nanoTime() > deadline) return false;
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean switchable() {
    return delegate.switchable();
  }

  @Override
  public BusHealth health() {
    if (faults.settings().outage()) return new BusHealth(strategy(), false, "down: injected outage");
    return delegate.health();
  }

  @Override
  public void close() {
    delegate.close();
    deliveries.forEach(FaultyDelivery::close);
  }
}

package dev.eventscope.runtime.fault;

import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stands between a bus and one subscriber and applies the bus faults to each delivery: a dropped
 * message is acknowledged and never handed on, a duplicate is handed on twice, a delayed one
 * later, a reordered one late enough for the next ones to overtake it. With no bus fault on (and
 * nothing still held back) deliveries pass straight through.
 */
final class FaultyDelivery implements EventConsumer, AutoCloseable {
  /** How much later than the others a reordered message arrives. */
  private static final long OVERTAKE_NANOS = 25_000_000;

  private final String node;
  private final EventConsumer target;
  private final Faults faults;
  private final FaultRecorder recorder;
  private final DelayedDeliveries delayed;

  FaultyDelivery(String subscriber, EventConsumer target, Faults faults, FaultRecorder recorder) {
    this.node = "subscriber:" + subscriber;
    this.target = target;
    this.faults = faults;
    this.recorder = recorder;
    this.delayed = new DelayedDeliveries(subscriber, target, () -> faults.settings().outage());
  }

  @Override
  public void accept(StoredEvent event) {
    awaitBrokerUp();
    BusFaults bus = faults.settings().bus();
    if (!bus.active() && delayed.idle()) {
      target.accept(event);
      return;
    }
    if (Faults.chance(bus.dropRate())) {
      recorder.struck(FaultRecorder.DROPPED, node, event.envelope(), "message lost on the way");
      return;
    }
    long delay = bus.latency().sampleNanos(ThreadLocalRandom.current());
    if (delay > 0) recorder.struck(FaultRecorder.DELAYED, node, event.envelope(), "held back " + delay / 1_000_000 + " ms");
    if (Faults.chance(bus.reorderRate())) {
      delay += OVERTAKE_NANOS + 2 * (long) (bus.latency().maxMs() * 1_000_000);
      recorder.struck(FaultRecorder.REORDERED, node, event.envelope(), "held back so later messages overtake it");
    }
    delayed.add(event, delay);
    if (Faults.chance(bus.duplicateRate())) {
      recorder.struck(FaultRecorder.DUPLICATED, node, event.envelope(), "delivered twice");
      delayed.add(event, delay + 1_000_000);
    }
  }

  /** A broker that is down delivers nothing; its consumers wait. */
  private void awaitBrokerUp() {
    while (faults.settings().outage()) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the broker is down", e);
      }
    }
  }

  boolean idle() {
    return delayed.idle();
  }

  @Override
  public void close() {
    delayed.close();
  }
}

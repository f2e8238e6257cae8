package dev.eventscope.runtime.system;

import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.ReliableSubscriber;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Finds what the bus lost. A lost message is normally noticed when the aggregate's next event
 * arrives (a version gap); the last event of an aggregate has no successor, so once deliveries
 * may go missing (a drop or reorder fault was switched on) the store is swept: every event the
 * outbox published a few ticks ago is offered to each subscriber, which applies only what it
 * has not seen. The first sweep starts at the beginning of the store, since messages already on
 * their way when the fault came on can be lost too.
 */
final class DeliverySweeper {
  /** Ticks (seconds) a published event gets to arrive by bus before the sweep applies it from the store. */
  private static final int GRACE_TICKS = 3;
  private static final int PAGE = 1_000;

  private final EventStore store;
  private final List<ReliableSubscriber> subscribers;
  private final LongSupplier published;
  private final Deque<Long> samples = new ArrayDeque<>();
  private long sweptUpTo;

  DeliverySweeper(EventStore store, List<ReliableSubscriber> subscribers, LongSupplier published) {
    this.store = store;
    this.subscribers = subscribers;
    this.published = published;
  }

  /** Called once a second: sweeps up to what had been published {@value #GRACE_TICKS} ticks ago. */
  synchronized void tick() {
    samples.addLast(published.getAsLong());
    if (samples.size() > GRACE_TICKS) sweepUpTo(samples.removeFirst());
  }

  /** Offers every stored event up to {@code upTo} not swept yet to each subscriber. */
  synchronized void sweepUpTo(long upTo) {
    while (sweptUpTo < upTo) {
      List<StoredEvent> page = store.readAll(sweptUpTo, (int) Math.min(PAGE, upTo - sweptUpTo));
      if (page.isEmpty()) return;
      for (StoredEvent event : page) {
        if (event.position() > upTo) return;
        for (ReliableSubscriber subscriber : subscribers) subscriber.recover(event);
        sweptUpTo = event.position();
      }
    }
  }
}

package dev.eventscope.services.testing;

import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;
import java.util.ArrayList;
import java.util.List;

/**
 * A synchronous stand-in for the outbox and the bus: it reads the store in position order and
 * hands each event to every subscriber of its context, until no new events appear. Events of a
 * held-back type are kept aside until {@link #releaseHeld()}, which is how a test makes an answer
 * arrive late.
 */
public final class EventPump {
  private static final int PAGE = 256;
  private static final int RUNAWAY = 100_000;

  private final EventStore store;
  private final List<Subscriber> subscribers;
  private final List<StoredEvent> held = new ArrayList<>();
  private final List<Class<? extends Event>> heldTypes = new ArrayList<>();
  private long position;

  public EventPump(EventStore store, List<Subscriber> subscribers) {
    this.store = store;
    this.subscribers = List.copyOf(subscribers);
  }

  public EventPump holdBack(Class<? extends Event> type) {
    heldTypes.add(type);
    return this;
  }

  /** Delivers every event stored since the last call, and those they caused; answers how many. */
  public int drain() {
    int delivered = 0;
    while (true) {
      List<StoredEvent> page = store.readAll(position, PAGE);
      if (page.isEmpty()) return delivered;
      for (StoredEvent event : page) {
        position = event.position();
        if (isHeld(event)) {
          held.add(event);
          continue;
        }
        deliver(event);
        if (++delivered > RUNAWAY) throw new IllegalStateException("events keep causing events; is something looping?");
      }
    }
  }

  /** Stops holding back, delivers what was held (as late answers), then drains. */
  public int releaseHeld() {
    heldTypes.clear();
    List<StoredEvent> late = List.copyOf(held);
    held.clear();
    late.forEach(this::deliver);
    return late.size() + drain();
  }

  /** Hands one event to the subscribers again, as an at-least-once bus may. */
  public void redeliver(StoredEvent event) {
    deliver(event);
  }

  private boolean isHeld(StoredEvent event) {
    return heldTypes.stream().anyMatch(type -> type.isInstance(event.payload()));
  }

  private void deliver(StoredEvent event) {
    for (Subscriber subscriber : subscribers) {
      if (!subscriber.contexts().contains(event.context())) continue;
      try {
        subscriber.handle(event);
      } catch (Exception e) {
        throw new AssertionError(subscriber.name() + " failed on " + event.type() + " at " + event.position(), e);
      }
    }
  }
}

package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;

/**
 * Replays into a subscriber (a handler, or a projection applied in place). Subscribers with
 * outside effects skip replayed events, as they would on the bus, and the report says so.
 */
public final class SubscriberTarget implements ReplayTarget {
  static final String OUTSIDE_EFFECTS = "has outside effects; replayed events are skipped";

  private final String kind;
  private final Subscriber subscriber;
  private final boolean resumable;

  public SubscriberTarget(String kind, Subscriber subscriber) {
    this(kind, subscriber, true);
  }

  private SubscriberTarget(String kind, Subscriber subscriber, boolean resumable) {
    this.kind = kind;
    this.subscriber = subscriber;
    this.resumable = resumable;
  }

  /** A projection writing into a shadow copy: it starts again after a crash, its copy having died. */
  public static SubscriberTarget shadow(Subscriber projection) {
    return new SubscriberTarget("projection", projection, false);
  }

  @Override
  public boolean resumable() {
    return resumable;
  }

  @Override
  public String name() {
    return kind + ":" + subscriber.name();
  }

  @Override
  public String node() {
    return "subscriber:" + subscriber.name();
  }

  @Override
  public boolean ignores(StoredEvent event) {
    return !subscriber.contexts().contains(event.context());
  }

  @Override
  public String skipReason(StoredEvent event) {
    return subscriber.hasOutsideEffects() ? OUTSIDE_EFFECTS : null;
  }

  @Override
  public void apply(StoredEvent replayed) throws Exception {
    subscriber.handle(replayed);
  }
}

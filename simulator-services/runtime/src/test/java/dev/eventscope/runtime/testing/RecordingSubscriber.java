package dev.eventscope.runtime.testing;

import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;
import java.util.Collections;
import java.util.function.Predicate;

/** Remembers what it was given; fails on the events a predicate picks. */
public final class RecordingSubscriber implements Subscriber {
  private final String name;
  private final List<StoredEvent> handled = Collections.synchronizedList(new ArrayList<>());
  private volatile Predicate<StoredEvent> failOn = event -> false;
  private final boolean outsideEffects;

  public RecordingSubscriber(String name, boolean outsideEffects) {
    this.name = name;
    this.outsideEffects = outsideEffects;
  }

  public RecordingSubscriber(String name) {
    this(name, false);
  }

  public void failOn(Predicate<StoredEvent> predicate) {
    this.failOn = predicate;
  }

  public List<StoredEvent> handled() {
    synchronized (handled) {
      return List.copyOf(handled);
    }
  }

  public List<Long> positions() {
    return handled().stream().map(StoredEvent::position).toList();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> contexts() {
    return Set.of("orders");
  }

  @Override
  public void handle(StoredEvent event) {
    if (failOn.test(event)) throw new IllegalStateException("cannot apply version " + event.version());
    handled.add(event);
  }

  @Override
  public boolean hasOutsideEffects() {
    return outsideEffects;
  }
}

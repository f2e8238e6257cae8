package dev.eventscope.runtime.bus;

import dev.eventscope.runtime.store.StoredEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A bus consumer that remembers every delivery (duplicates included) and throws for the
 * deliveries a predicate picks, as a consumer that cannot finish (shutting down) would.
 */
public final class RecordingConsumer implements EventConsumer {
  private final List<StoredEvent> delivered = new CopyOnWriteArrayList<>();
  private final List<StoredEvent> refused = new CopyOnWriteArrayList<>();
  private volatile Predicate<StoredEvent> refuse = event -> false;
  private volatile long delayMs;

  public RecordingConsumer refusing(Predicate<StoredEvent> predicate) {
    this.refuse = predicate;
    return this;
  }

  public RecordingConsumer slow(long millis) {
    this.delayMs = millis;
    return this;
  }

  @Override
  public void accept(StoredEvent event) {
    if (delayMs > 0) {
      try {
        Thread.sleep(delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (refuse.test(event)) {
      refused.add(event);
      throw new IllegalStateException("consumer refuses event " + event.position());
    }
    delivered.add(event);
  }

  public List<StoredEvent> delivered() {
    return delivered;
  }

  public List<StoredEvent> refused() {
    return refused;
  }

  public Set<Long> positions() {
    return delivered.stream().map(StoredEvent::position).collect(Collectors.toCollection(ConcurrentHashMap::newKeySet));
  }

  /** The versions of one aggregate in delivery order. */
  public List<Long> versionsOf(String aggregate) {
    return delivered.stream().filter(e -> e.aggregateId().equals(aggregate)).map(StoredEvent::version).toList();
  }
}

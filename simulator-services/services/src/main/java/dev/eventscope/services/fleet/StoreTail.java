package dev.eventscope.services.fleet;

import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a store from outside the process that writes it — polling, in position order — and
 * hands a subscriber the events of its contexts: how a fleet run watches its orders finish.
 */
final class StoreTail implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoreTail.class);
  private static final long POLL_MS = 100;

  private final EventStore store;
  private final Subscriber subscriber;
  private final Thread thread;
  private volatile boolean running = true;
  private long after;

  private StoreTail(EventStore store, long after, Subscriber subscriber) {
    this.store = store;
    this.after = after;
    this.subscriber = subscriber;
    this.thread = new Thread(this::run, "fleet-store-tail");
    thread.setDaemon(true);
  }

  static StoreTail start(EventStore store, long after, Subscriber subscriber) {
    StoreTail tail = new StoreTail(store, after, subscriber);
    tail.thread.start();
    return tail;
  }

  private void run() {
    while (running) {
      try {
        List<StoredEvent> page = store.readAll(after, 1_000);
        for (StoredEvent event : page) {
          if (subscriber.contexts().contains(event.context())) subscriber.handle(event);
          after = event.position();
        }
        if (page.isEmpty()) Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        LOG.warn("could not follow {}: {}; trying again", store.describe(), e.toString());
        sleepQuietly();
      }
    }
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

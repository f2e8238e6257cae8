package dev.eventscope.runtime.bus.memory;

import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup bus: one queue and one delivery thread per subscriber (consumer group), so
 * delivery is asynchronous and in publish order per subscriber. A published page goes into each
 * queue as one batch, so a busy outbox wakes a subscriber's thread once per page, not per event.
 */
public final class InMemoryEventBus implements EventBus {
  private static final Logger LOG = LoggerFactory.getLogger(InMemoryEventBus.class);
  /** How long an idle subscriber group naps before it waits on its queue (see {@code Group#next}). */
  static final long NAP_NANOS = 200_000;

  private final List<Group> groups = new CopyOnWriteArrayList<>();
  private volatile boolean running;

  @Override
  public String strategy() {
    return "memory";
  }

  @Override
  public void subscribe(String subscriber, Set<String> contexts, EventConsumer consumer) {
    groups.add(new Group(subscriber, Set.copyOf(contexts), consumer));
  }

  @Override
  public void start() {
    running = true;
    for (Group group : groups) group.start();
  }

  @Override
  public void publish(StoredEvent event) {
    publishAll(List.of(event));
  }

  @Override
  public void publishAll(List<StoredEvent> events) {
    // Queued as it is (the caller may reuse its list), always as one list class: List.copyOf's class
    // depends on the size, and a page of a new size class would cost the compiled delivery loops a recompile.
    List<StoredEvent> page = new ArrayList<>(events);
    for (Group group : groups) {
      List<StoredEvent> wanted = group.wanted(page);
      if (!wanted.isEmpty()) group.offer(wanted);
    }
  }

  @Override
  public boolean drain(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Group group : groups) {
      while (group.pending.get() > 0) {
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
  public BusHealth health() {
    return new BusHealth(strategy(), true, "in process");
  }

  @Override
  public void close() {
    running = false;
    for (Group group : groups) group.stop();
  }

  /** One consumer group: its queue, its thread, and how many events it has not finished yet. */
  private final class Group {
    private final String name;
    private final Set<String> contexts;
    private final EventConsumer consumer;
    private final LinkedBlockingQueue<List<StoredEvent>> queue = new LinkedBlockingQueue<>();
    private final AtomicLong pending = new AtomicLong();
    private Thread thread;

    Group(String name, Set<String> contexts, EventConsumer consumer) {
      this.name = name;
      this.contexts = contexts;
      this.consumer = consumer;
    }

    /** The events of this group's contexts, in order (the page itself when it wants them all). */
    List<StoredEvent> wanted(List<StoredEvent> events) {
      List<StoredEvent> wanted = null;
      for (int i = 0; i < events.size(); i++) {
        boolean mine = contexts.contains(events.get(i).context());
        if (wanted == null && !mine) wanted = new ArrayList<>(events.subList(0, i));
        else if (wanted != null && mine) wanted.add(events.get(i));
      }
      return wanted == null ? events : wanted;
    }

    void offer(List<StoredEvent> batch) {
      pending.addAndGet(batch.size());
      queue.add(batch);
    }

    void start() {
      thread = new Thread(this::run, "bus-memory-" + name);
      thread.setDaemon(true);
      thread.start();
    }

    /** Stops after the event in hand, so nothing is applied once the system goes on to close its store. */
    void stop() {
      if (thread == null) return;
      try {
        // No interrupt first: an interrupted handler would fail its store call and park the event.
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread.interrupt();
    }

    private void run() {
      while (running) {
        List<StoredEvent> batch;
        try {
          batch = next();
        } catch (InterruptedException e) {
          return;
        }
        if (batch == null) continue;
        for (int i = 0; i < batch.size(); i++) {
          if (!running) return; // closing: the rest is not applied (it is still in the store)
          deliver(batch.get(i));
        }
      }
    }

    /**
     * The next batch. Out of work, the group first naps for {@link #NAP_NANOS} off the queue's
     * condition, so what is offered meanwhile costs the publisher no wake-up call (a system call each).
     */
    private List<StoredEvent> next() throws InterruptedException {
      List<StoredEvent> batch = queue.poll();
      if (batch != null) return batch;
      LockSupport.parkNanos(NAP_NANOS);
      batch = queue.poll();
      return batch != null ? batch : queue.poll(100, TimeUnit.MILLISECONDS);
    }

    private void deliver(StoredEvent event) {
      try {
        consumer.accept(event);
      } catch (RuntimeException e) {
        // The consumer parks what it cannot apply; reaching here means it is shutting down.
        LOG.debug("{} did not take event {}: {}", name, event.position(), e.toString());
      } finally {
        pending.decrementAndGet();
      }
    }
  }
}

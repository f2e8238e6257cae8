package dev.eventscope.runtime.outbox;

import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Outcome;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store is the outbox: this thread publishes stored events to the current bus in
 * position order and records how far it got. Nothing is published that was not stored, and
 * nothing stored stays unpublished — a broker that refuses a publish is retried with back-off
 * until it takes it. It can be paused (bus switch, a trainer's pause) and stepped one event at a
 * time.
 */
public final class OutboxDispatcher implements AutoCloseable {
  public static final String CHECKPOINT = "outbox";
  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int PAGE = 512;

  private final EventStore store;
  private final CheckpointStore checkpoints;
  private final Metrics metrics;
  private final FlowTracer tracer;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private volatile EventBus bus;
  private volatile long position;
  private volatile boolean running;
  private volatile boolean paused;
  private final ReentrantLock publishing = new ReentrantLock();
  private volatile long stepsAllowed;
  private volatile boolean wakeUp;
  private Thread thread;

  public OutboxDispatcher(EventStore store, CheckpointStore checkpoints, EventBus bus, Metrics metrics, FlowTracer tracer) {
    this.store = store;
    this.checkpoints = checkpoints;
    this.bus = bus;
    this.metrics = metrics;
    this.tracer = tracer;
    this.position = checkpoints.read(CHECKPOINT).orElse(0);
    store.onAppend(this::wake);
  }

  public void start() {
    running = true;
    thread = new Thread(this::run, "outbox-dispatcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** How far publishing got: every event at or below this position has been handed to a bus. */
  public long position() {
    return position;
  }

  public EventBus bus() {
    return bus;
  }

  public boolean paused() {
    return paused;
  }

  /**
   * Stops publishing; returns once no publish is in progress, so nothing reaches the bus after
   * this returns (a publish stuck on an unavailable broker gives up and is retried on resume).
   */
  public void pause() {
    paused = true;
    publishing.lock();
    publishing.unlock();
  }

  public void resume() {
    paused = false;
    stepsAllowed = 0;
    wake();
  }

  /** While paused: publish exactly one more event. */
  public void step() {
    stepsAllowed++;
    wake();
  }

  /** Swaps the bus while paused (the caller drained the old one). */
  public void replaceBus(EventBus next) {
    if (!paused) throw new IllegalStateException("pause the dispatcher before replacing the bus");
    this.bus = next;
  }

  private void wake() {
    wakeUp = true;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    while (running) {
      List<StoredEvent> page = List.of();
      if (!paused || stepsAllowed > 0) {
        try {
          page = store.readAll(position, paused ? 1 : PAGE);
          if (!page.isEmpty()) publish(page);
          if (!page.isEmpty()) checkpoints.write(CHECKPOINT, position);
        } catch (RuntimeException e) {
          if (!running) return; // closing: an interrupted read is expected, not worth a warning
          LOG.warn("outbox dispatcher could not read or record progress: {}", e.toString());
          sleep(200);
        }
      }
      if (page.isEmpty()) awaitWork();
    }
  }

  /**
   * Hands a page to the bus in one go (brokers pipeline it), retrying with back-off while the
   * broker refuses. A pause that comes first wins: the page is left for later, nothing skipped.
   */
  private void publish(List<StoredEvent> page) {
    publishing.lock();
    try {
      long started = System.nanoTime();
      long backoffMs = 50;
      boolean reported = false;
      while (running && (!paused || stepsAllowed > 0)) {
        EventBus target = bus;
        try {
          target.publishAll(page);
          position = page.get(page.size() - 1).position();
          if (paused) stepsAllowed -= page.size();
          metrics.add(Metrics.EVENTS_PUBLISHED, page.size());
          if (tracer.enabled()) {
            for (StoredEvent event : page) {
              tracer.record("store", "outbox", event.envelope(), started, Outcome.OK, null);
              tracer.record("outbox", "bus:" + target.strategy(), event.envelope(), started, Outcome.OK, null);
            }
          }
          return;
        } catch (BusUnavailableException e) {
          if (!reported) {
            LOG.warn("bus {} unavailable, holding events from position {}: {}", target.strategy(), page.get(0).position(), e.getMessage());
            tracer.record("outbox", "bus:" + target.strategy(), page.get(0).envelope(), started, Outcome.FAILED,
                "bus unavailable: " + e.getMessage());
            reported = true;
          }
          sleep(backoffMs);
          backoffMs = Math.min(backoffMs * 2, 2_000);
        }
      }
    } finally {
      publishing.unlock();
    }
  }

  private void awaitWork() {
    lock.lock();
    try {
      if (!wakeUp) changed.await(100, TimeUnit.MILLISECONDS);
      wakeUp = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    checkpoints.write(CHECKPOINT, position);
  }
}

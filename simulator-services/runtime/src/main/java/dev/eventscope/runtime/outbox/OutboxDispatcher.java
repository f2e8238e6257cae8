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
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store is the outbox: this thread publishes stored events to the current bus in
 * position order and records how far it got. Nothing is published that was not stored, and
 * nothing stored stays unpublished — a broker that refuses a publish is retried with back-off
 * until it takes it. It can be paused (bus switch, a trainer's pause) and stepped one event at a
 * time.
 *
 * <p>A stored event the store could not decode is never published (no subscriber could read it).
 * By default it is reported — a warning, the {@link Metrics#EVENTS_UNDECODABLE} counter and a
 * skipped hop in the flow — and passed, so the events after it still flow; subscribers that later
 * meet it in their aggregate's stream park it as a dead letter. With {@link #stopAtUndecodable}
 * the dispatcher holds at it instead (reported once, see {@link #heldBecause}) until the stored
 * event is repaired or removed.
 */
public final class OutboxDispatcher implements AutoCloseable {
  public static final String CHECKPOINT = "outbox";
  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int PAGE = 512;
  /** How long an idle dispatcher naps before it asks to be woken (see {@link #awaitWork}). */
  static final long NAP_NANOS = 200_000;

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
  private boolean napped; // the dispatcher thread's own
  private volatile boolean waiting;
  private volatile boolean stopAtUndecodable;
  private volatile String heldBecause;
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

  /** Hold at an undecodable stored event instead of reporting and passing it. */
  public OutboxDispatcher stopAtUndecodable(boolean stop) {
    this.stopAtUndecodable = stop;
    wake();
    return this;
  }

  public boolean stopsAtUndecodable() {
    return stopAtUndecodable;
  }

  /** Why publishing is held at an undecodable event, or null while it is not. */
  public String heldBecause() {
    return heldBecause;
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

  /**
   * Called on every append: signals only a dispatcher that is waiting (a busy one will read again
   * anyway), so a stream of appends does not take the lock and wake a thread each. Both flags are
   * volatile, written before the other is read: either the dispatcher sees {@code wakeUp} before it
   * waits, or this sees {@code waiting} and signals.
   */
  private void wake() {
    wakeUp = true;
    if (!waiting) return;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    while (running) {
      boolean progressed = false;
      if (!paused || stepsAllowed > 0) {
        try {
          long before = position;
          List<StoredEvent> page = store.readAll(position, paused ? 1 : PAGE);
          if (!page.isEmpty()) dispatch(page);
          progressed = position != before;
          if (progressed) checkpoints.write(CHECKPOINT, position);
        } catch (RuntimeException e) {
          if (!running) return; // closing: an interrupted read is expected, not worth a warning
          LOG.warn("outbox dispatcher could not read or record progress: {}", e.toString());
          sleep(200);
        }
      }
      if (progressed) {
        napped = false;
      } else {
        awaitWork();
      }
    }
  }

  /** Publishes the decodable runs of a page and deals with each undecodable event between them. */
  private void dispatch(List<StoredEvent> page) {
    int from = 0;
    for (int i = 0; i <= page.size(); i++) {
      if (i < page.size() && !page.get(i).undecodable()) continue;
      if (i > from) {
        // The usual page (nothing undecodable) goes to the bus as the store read it: one list class every time.
        List<StoredEvent> run = from == 0 && i == page.size() ? page : page.subList(from, i);
        publish(run);
        if (position < run.get(run.size() - 1).position()) return; // paused or closing: the rest waits
      }
      if (i == page.size() || !pass(page.get(i))) return;
      from = i + 1;
    }
  }

  /** Reports an undecodable event and passes it (true), or holds at it (false). */
  private boolean pass(StoredEvent event) {
    if (!running || paused && stepsAllowed <= 0) return false;
    String what = event.type() + " " + event.aggregateId() + " v" + event.version() + " at position " + event.position();
    if (stopAtUndecodable) {
      String reason = "held at the undecodable " + what + ": " + event.undecodableReason();
      if (!reason.equals(heldBecause)) {
        LOG.error("outbox {} (repair or remove the stored event, or let the outbox skip undecodable events)", reason);
        metrics.increment(Metrics.EVENTS_UNDECODABLE);
        tracer.record("store", "outbox", event.envelope(), System.nanoTime(), Outcome.FAILED, reason);
        heldBecause = reason;
      }
      return false;
    }
    LOG.warn("outbox skipped the undecodable {}: {}", what, event.undecodableReason());
    metrics.increment(Metrics.EVENTS_UNDECODABLE);
    tracer.record("store", "outbox", event.envelope(), System.nanoTime(), Outcome.SKIPPED,
        "undecodable stored event: " + event.undecodableReason());
    heldBecause = null;
    position = event.position();
    if (paused) stepsAllowed--;
    return true;
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
          heldBecause = null;
          if (paused) stepsAllowed -= page.size();
          metrics.add(Metrics.EVENTS_PUBLISHED, page.size());
          if (tracer.enabled()) {
            String busNode = "bus:" + target.strategy();
            for (StoredEvent event : page) {
              tracer.record("store", "outbox", event.envelope(), started, Outcome.OK, null);
              tracer.record("outbox", busNode, event.envelope(), started, Outcome.OK, null);
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

  /**
   * Out of work, the dispatcher first naps for {@link #NAP_NANOS} without saying so: appends in that
   * time cost their appenders no wake-up call (a system call each), and are read as one page. Only
   * if the nap brought nothing does it wait announced, to be signalled by the next append.
   */
  private void awaitWork() {
    if (!napped && !wakeUp) {
      napped = true;
      LockSupport.parkNanos(NAP_NANOS);
      return;
    }
    napped = false;
    lock.lock();
    try {
      waiting = true;
      if (!wakeUp) changed.await(100, TimeUnit.MILLISECONDS);
      wakeUp = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      waiting = false;
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

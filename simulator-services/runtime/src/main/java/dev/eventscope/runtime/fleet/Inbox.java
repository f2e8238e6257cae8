package dev.eventscope.runtime.fleet;

import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a copy of another context's event in this process's store, at the same place in its
 * aggregate's stream (same message id, same version). The store's expected-version append makes
 * that exactly once: a redelivered event is the same message at the same version (the store
 * answers it as already there), and an event that arrives before its predecessor waits for it —
 * the predecessor is on its way (reordered delivery, or a sibling process storing it right now).
 * If it does not come in time the event goes back to the broker, to be delivered again.
 */
public final class Inbox implements EventConsumer {
  /** Events received from the broker and held (a redelivered one is held once). */
  public static final String RECEIVED = "inbox.received";
  private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

  private final EventStore store;
  private final Metrics metrics;
  private final FlowTracer tracer;
  private final String node;
  private final String busNode;
  private final Duration patience;

  /**
   * @param name the inbox's name (its flow-graph node is {@code inbox:<name>})
   * @param busNode the node events come from ({@code bus:kafka})
   * @param patience how long an event that arrived before its predecessor waits for it here
   */
  public Inbox(String name, String busNode, EventStore store, Metrics metrics, FlowTracer tracer, Duration patience) {
    this.store = store;
    this.metrics = metrics;
    this.tracer = tracer;
    this.node = "inbox:" + name;
    this.busNode = busNode;
    this.patience = patience;
  }

  @Override
  public void accept(StoredEvent event) {
    long started = System.nanoTime();
    long deadline = started + patience.toNanos();
    while (true) {
      try {
        store.append(event.aggregateId(), event.version() - 1, List.of(event.envelope()));
        metrics.increment(RECEIVED);
        tracer.record(busNode, node, event.envelope(), started, Outcome.OK, null);
        return;
      } catch (ConcurrencyException e) {
        if (e.actualVersion() >= event.version()) {
          // A different message already holds this version: two stores claim one aggregate.
          LOG.error("inbox: {} v{} of {} conflicts with the copy already held; kept the held one", event.type(),
              event.version(), event.aggregateId());
          tracer.record(busNode, node, event.envelope(), started, Outcome.FAILED, "conflicts with the held copy");
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("inbox: " + event.aggregateId() + " is at version " + e.actualVersion() + ", "
              + event.type() + " v" + event.version() + " waits for the versions before it; delivered again later");
        }
        LockSupport.parkNanos(5_000_000L);
      }
    }
  }
}

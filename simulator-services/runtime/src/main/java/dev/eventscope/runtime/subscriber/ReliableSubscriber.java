package dev.eventscope.runtime.subscriber;

import dev.eventscope.contracts.message.MessageIds;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.fault.HandlerFaultInjector;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Turns at-least-once, possibly reordered delivery into exactly-once, in-order application for
 * one subscriber:
 *
 * <ul>
 *   <li>It remembers, per aggregate, the last version it applied (the stream version identifies
 *       the message id one to one), so a redelivered event is recognised and suppressed.
 *   <li>An event that skips versions reveals a gap (a lost or overtaken message): the missing
 *       events are read from the owning context's store and applied first.
 *   <li>A handler that keeps failing is retried, then the message is parked as a dead letter and
 *       later events of the same aggregate are parked behind it (their order matters); other
 *       aggregates go on.
 * </ul>
 */
public final class ReliableSubscriber implements EventConsumer {
  private final Subscriber subscriber;
  private final EventStore store;
  private final DeadLetterStore deadLetters;
  private final Metrics metrics;
  private final FlowTracer tracer;
  private final Supplier<String> busNode;
  private final int maxAttempts;
  private final HandlerFaultInjector faults;
  private final DeliveryLedger ledger;
  private final boolean projection;
  private final String node;
  private final AppliedVersions applied = new AppliedVersions();
  private final Map<String, Boolean> blocked = new ConcurrentHashMap<>();
  private volatile long lastPosition;

  public ReliableSubscriber(Subscriber subscriber, EventStore store, DeadLetterStore deadLetters, Metrics metrics,
      FlowTracer tracer, Supplier<String> busNode, int maxAttempts) {
    this(subscriber, store, deadLetters, metrics, tracer, busNode, maxAttempts, HandlerFaultInjector.NONE, new DeliveryLedger());
  }

  public ReliableSubscriber(Subscriber subscriber, EventStore store, DeadLetterStore deadLetters, Metrics metrics,
      FlowTracer tracer, Supplier<String> busNode, int maxAttempts, HandlerFaultInjector faults, DeliveryLedger ledger) {
    this.subscriber = subscriber;
    this.store = store;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.tracer = tracer;
    this.busNode = busNode;
    this.maxAttempts = maxAttempts;
    this.faults = faults;
    this.ledger = ledger;
    this.projection = subscriber instanceof Projection;
    this.node = "subscriber:" + subscriber.name();
  }

  public Subscriber subscriber() {
    return subscriber;
  }

  public String node() {
    return node;
  }

  /** The highest position this subscriber has dealt with (a checkpoint candidate). */
  public long lastPosition() {
    return lastPosition;
  }

  /**
   * Forgets the aggregates whose events are all applied and settled in the store (see
   * {@link AppliedVersions}), so a long run's memory stays flat; aggregates with parked messages
   * are kept. Called now and then from a scheduler, never on a delivering thread.
   */
  public void compact() {
    applied.compact(store, subscriber.contexts(), blocked::containsKey);
  }

  /**
   * Where to ask for a {@link #compact} when many aggregates were added since the last one: the
   * request comes on a delivering thread, so it must hand the compaction to another thread.
   */
  public void whenGrown(Runnable compactionRequest) {
    applied.whenGrown(compactionRequest);
  }

  /** How many aggregates this subscriber currently remembers (bounded by {@link #compact}). */
  public int rememberedAggregates() {
    return applied.remembered();
  }

  /**
   * Applies what the store holds after {@code fromPosition} directly (start-up catch-up). Events
   * at or below {@code fromPosition} are treated as already applied by an earlier run.
   */
  public void catchUp(long fromPosition) {
    applied.startAt(fromPosition);
    lastPosition = Math.max(lastPosition, fromPosition);
    long after = fromPosition;
    while (true) {
      List<StoredEvent> page = store.readAll(after, 1_000);
      if (page.isEmpty()) return;
      for (StoredEvent event : page) {
        if (subscriber.contexts().contains(event.context())) accept(event, "store");
        after = event.position();
      }
    }
  }

  /** Hands this subscriber the stored events in {@code (after, upTo]} of its contexts (duplicates are suppressed). */
  public void catchUpRange(long after, long upTo) {
    long from = after;
    while (from < upTo) {
      List<StoredEvent> page = store.readAll(from, (int) Math.min(1_000, upTo - from));
      if (page.isEmpty()) return;
      for (StoredEvent event : page) {
        if (event.position() > upTo) return;
        if (subscriber.contexts().contains(event.context())) accept(event, "store");
        from = event.position();
      }
    }
  }

  /**
   * Applies a stored event the bus should have delivered but has not (it was lost, or overtaken
   * and still on its way); one already applied or parked is passed over silently.
   */
  public synchronized void recover(StoredEvent event) {
    if (!subscriber.contexts().contains(event.context())) return;
    if (event.version() <= applied.last(event.aggregateId()) || applied.settledByPosition(event)) return;
    metrics.increment(Metrics.EVENTS_RECOVERED);
    accept(event, "store");
  }

  @Override
  public void accept(StoredEvent event) {
    accept(event, busNode.get());
  }

  private synchronized void accept(StoredEvent event, String from) {
    long started = System.nanoTime();
    metrics.increment(Metrics.EVENTS_DELIVERED);
    if (event.envelope().replay() && subscriber.hasOutsideEffects()) {
      tracer.record(from, node, event.envelope(), started, Outcome.SKIPPED, "replayed event: outside effects skipped");
      return;
    }
    String aggregate = event.aggregateId();
    long last = applied.last(aggregate);
    if (event.version() <= last || event.position() <= applied.startPosition() && !event.envelope().replay() || applied.forgotten(event)) {
      metrics.increment(Metrics.DUPLICATES_SUPPRESSED);
      tracer.record(from, node, event.envelope(), started, Outcome.DUPLICATE, "already applied");
      return;
    }
    if (event.version() > last + 1) fillGap(aggregate, last, event.version());
    apply(event, from, started);
  }

  /** Applies the events between {@code last} and {@code upTo} (exclusive) from the store, in order. */
  private void fillGap(String aggregate, long last, long upTo) {
    for (StoredEvent missing : store.readStream(aggregate, last)) {
      if (missing.version() >= upTo) break;
      if (applied.settledByPosition(missing)) {
        applied.record(missing);
        continue;
      }
      metrics.increment(Metrics.GAPS_CAUGHT_UP);
      apply(missing, "store", System.nanoTime());
    }
  }

  private void apply(StoredEvent event, String from, long started) {
    String aggregate = event.aggregateId();
    if (event.undecodable()) {
      // Applying what follows would skip a fact of this aggregate: park it, and the rest behind it.
      park(event, 0, "undecodable stored event: " + event.undecodableReason(), from, started);
      return;
    }
    if (blocked.containsKey(aggregate)) {
      park(event, 0, "held behind an earlier parked message of " + aggregate, from, started);
      return;
    }
    RuntimeException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        handle(event);
        applied.record(event);
        lastPosition = Math.max(lastPosition, event.position());
        if (!event.envelope().replay()) ledger.applied(subscriber.name(), event.position());
        metrics.increment(Metrics.EVENTS_APPLIED);
        tracer.record(from, node, event.envelope(), started, Outcome.OK, null);
        return;
      } catch (Exception e) {
        last = e instanceof RuntimeException runtime ? runtime : new RuntimeException(e);
        if (attempt < maxAttempts) {
          metrics.increment(Metrics.HANDLER_RETRIES);
          tracer.record(from, node, event.envelope(), started, Outcome.RETRIED, describe(e));
          LockSupport.parkNanos(1_000_000L << Math.min(attempt, 5));
        }
      }
    }
    park(event, maxAttempts, describe(last), from, started);
  }

  private void park(StoredEvent event, int attempts, String error, String from, long started) {
    blocked.put(event.aggregateId(), Boolean.TRUE);
    applied.record(event);
    lastPosition = Math.max(lastPosition, event.position());
    deadLetters.park(new DeadLetter(MessageIds.next(), subscriber.name(), event, attempts, error, Instant.now()));
    ledger.parked(subscriber.name(), event.position());
    metrics.increment(Metrics.DEAD_LETTERED);
    tracer.record(from, node, event.envelope(), started, Outcome.PARKED, error);
  }

  /**
   * Retries this subscriber's parked messages of one aggregate, oldest version first. Returns
   * true when all of them applied (the aggregate flows again); those that failed stay parked.
   */
  public synchronized boolean retryParked(String aggregateId) {
    List<DeadLetter> parked = deadLetters.list().stream()
        .filter(letter -> letter.subscriber().equals(subscriber.name()) && letter.event().aggregateId().equals(aggregateId))
        .sorted(java.util.Comparator.comparingLong(letter -> letter.event().version()))
        .toList();
    for (DeadLetter letter : parked) {
      long started = System.nanoTime();
      try {
        handle(letter.event());
        deadLetters.remove(letter.id());
        ledger.applied(subscriber.name(), letter.event().position());
        metrics.increment(Metrics.EVENTS_APPLIED);
        tracer.record("dead-letters", node, letter.event().envelope(), started, Outcome.OK, "retried");
      } catch (Exception e) {
        tracer.record("dead-letters", node, letter.event().envelope(), started, Outcome.PARKED, describe(e));
        return false;
      }
    }
    blocked.remove(aggregateId);
    return true;
  }

  /** Drops one parked message for good; the aggregate flows again when nothing else of it is parked. */
  public synchronized boolean discardParked(DeadLetter letter) {
    boolean removed = deadLetters.remove(letter.id());
    String aggregate = letter.event().aggregateId();
    boolean more = deadLetters.list().stream()
        .anyMatch(other -> other.subscriber().equals(subscriber.name()) && other.event().aggregateId().equals(aggregate));
    if (!more) blocked.remove(aggregate);
    return removed;
  }

  private void handle(StoredEvent event) throws Exception {
    faults.beforeHandle(subscriber.name(), projection, event);
    subscriber.handle(event);
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}

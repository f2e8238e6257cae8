package dev.eventscope.runtime.subscriber;

import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * What one subscriber has applied, per aggregate: the last version (the stream version identifies
 * the message one to one), so a redelivered event is recognised.
 *
 * <p>Bounded for long runs by a <em>floor</em>: a store position at or below which every event of
 * the subscriber's contexts has been applied (or parked). {@link #compact} moves the floor over the
 * store and forgets aggregates last seen below the floor of the compaction before (one period of
 * grace, so an order in flight is not forgotten between two of its events). A forgotten aggregate
 * loses nothing: any of its events at or below the floor is known to be applied. Besides the
 * periodic compaction, every {@value #GROWTH} newly remembered aggregates ask for one (see
 * {@link #whenGrown}), so a fast run is bounded as well as a long one.
 */
final class AppliedVersions {
  private static final int PAGE = 1_000;
  static final int GROWTH = 2_000;

  private final Map<String, Applied> byAggregate = new ConcurrentHashMap<>();
  private volatile long startPosition;
  private volatile long floor;
  private final AtomicInteger newSinceCompaction = new AtomicInteger();
  private volatile Runnable grown = () -> {};

  /** The last event applied to one aggregate: its version and store position. */
  private record Applied(long version, long position) {}

  /** Events at or below {@code position} count as applied by an earlier run. */
  void startAt(long position) {
    startPosition = position;
    floor = Math.max(floor, position);
  }

  long startPosition() {
    return startPosition;
  }

  /** The last version applied to {@code aggregateId}; 0 if none (or forgotten, see {@link #forgotten}). */
  long last(String aggregateId) {
    Applied applied = byAggregate.get(aggregateId);
    return applied == null ? 0 : applied.version();
  }

  /** True when {@code event} is at or below the floor and its aggregate was forgotten: it was applied before. */
  boolean forgotten(StoredEvent event) {
    return event.position() <= floor && !byAggregate.containsKey(event.aggregateId());
  }

  /** True for a stored event a gap fill must not apply again (an earlier run's, or below the floor). */
  boolean settledByPosition(StoredEvent event) {
    return event.position() <= Math.max(startPosition, floor);
  }

  void record(StoredEvent event) {
    if (byAggregate.put(event.aggregateId(), new Applied(event.version(), event.position())) == null
        && newSinceCompaction.incrementAndGet() == GROWTH) {
      grown.run();
    }
  }

  /** Called (on the recording thread, so it must only hand the work on) when a compaction is due by growth. */
  void whenGrown(Runnable request) {
    grown = request;
  }

  /**
   * Moves the floor as far as the store shows every event of {@code contexts} applied, then
   * forgets the aggregates last applied at or below the previous floor (except {@code keep}).
   */
  synchronized void compact(EventStore store, Set<String> contexts, Predicate<String> keep) {
    newSinceCompaction.set(0);
    long forgetUpTo = floor;
    floor = advancedFloor(store, contexts);
    byAggregate.entrySet().removeIf(entry -> entry.getValue().position() <= forgetUpTo && !keep.test(entry.getKey()));
  }

  int remembered() {
    return byAggregate.size();
  }

  long floor() {
    return floor;
  }

  private long advancedFloor(EventStore store, Set<String> contexts) {
    long at = floor;
    while (true) {
      List<StoredEvent> page = store.readAll(at, PAGE);
      if (page.isEmpty()) return at;
      for (StoredEvent event : page) {
        if (contexts.contains(event.context()) && last(event.aggregateId()) < event.version()) return at;
        at = event.position();
      }
    }
  }
}

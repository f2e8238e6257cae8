package dev.eventscope.services.replay;

import dev.eventscope.runtime.outbox.OutboxDispatcher;
import dev.eventscope.runtime.store.EventStore;
import java.time.Duration;

/**
 * How far a running system has delivered its events to its live projections, and a way to hold
 * that delivery still while a rebuilt copy catches up and is swapped in. Without a running
 * dispatcher (a store opened for the replay alone, a source store) nothing moves but the store.
 */
final class LiveFeed {
  private static final Duration DRAIN = Duration.ofSeconds(30);

  private final EventStore store;
  private final OutboxDispatcher dispatcher;

  private LiveFeed(EventStore store, OutboxDispatcher dispatcher) {
    this.store = store;
    this.dispatcher = dispatcher;
  }

  static LiveFeed of(EventStore store, OutboxDispatcher dispatcher) {
    return new LiveFeed(store, dispatcher);
  }

  /** A store nobody delivers from while the rebuild runs. */
  static LiveFeed none(EventStore store) {
    return new LiveFeed(store, null);
  }

  /** Every event at or below this position has reached the bus (or, without a dispatcher, is stored). */
  long position() {
    return dispatcher == null ? store.lastPosition() : dispatcher.position();
  }

  /**
   * Stops publishing and waits until what was published has been applied, so {@link #position}
   * is exactly what the live projections hold; closing resumes, unless a trainer had paused it.
   */
  Held hold() {
    if (dispatcher == null) return () -> { };
    boolean wasPaused = dispatcher.paused();
    dispatcher.pause();
    dispatcher.bus().drain(DRAIN);
    return () -> {
      if (!wasPaused) dispatcher.resume();
    };
  }

  /** Delivery held still until closed. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }
}

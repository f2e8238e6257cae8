package dev.eventscope.runtime.subscriber;

import dev.eventscope.runtime.store.StoredEvent;
import java.util.Set;

/**
 * Something that reacts to events: a projection, a saga, a handler with side effects. It receives
 * every event of the contexts it names (in each aggregate's version order, each at most once —
 * the runtime's {@link ReliableSubscriber} sees to that) and ignores the types it does not want.
 * Throwing means "could not apply": the runtime retries, then parks the message.
 */
public interface Subscriber {
  /** Unique name; also the consumer group and the flow-graph node ({@code subscriber:<name>}). */
  String name();

  /** The bounded contexts whose events it receives. */
  Set<String> contexts();

  void handle(StoredEvent event) throws Exception;

  /**
   * True for subscribers with effects outside the system (e-mail, a payment gateway): they skip
   * replayed events and resume from their checkpoint instead of the beginning after a restart.
   */
  default boolean hasOutsideEffects() {
    return false;
  }

  /**
   * Called before the start-up catch-up: the events that follow were seen by an earlier run (a
   * saga rebuilds its state from them without acting again).
   */
  default void catchingUp() {}

  /** Called once the start-up catch-up is done; live events follow. */
  default void caughtUp() {}
}

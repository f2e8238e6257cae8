package dev.eventscope.runtime.aggregate;

import dev.eventscope.contracts.message.Event;

/**
 * How one kind of event-sourced aggregate evolves: its state before any event, and the state
 * after each event. Deciding what happens is the job of command functions returning
 * {@link Decision}s; only {@link #apply} changes state.
 *
 * @param <S> the state (an immutable record)
 * @param <E> the aggregate's events (its sealed event interface)
 */
public interface AggregateType<S, E extends Event> {
  /** The aggregate's name as the flow graph shows it, e.g. {@code Order}. */
  String name();

  /** The bounded context that owns this aggregate (the events' source). */
  String context();

  Class<E> eventType();

  S initial(String aggregateId);

  S apply(S state, E event);
}

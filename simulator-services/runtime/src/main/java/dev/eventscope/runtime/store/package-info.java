/**
 * The event store port and what the stores share: {@link dev.eventscope.runtime.store.StoredEvent},
 * the stored JSON shape, checkpoints and the backend that groups a store with its read models and
 * dead letters. Implementations live in {@code memory}, {@code embedded} (SQLite) and {@code mongo}.
 *
 * <p>Bad stored events. A durable store may hold an event this build cannot decode: a body that is
 * not JSON, a type the registry does not know, a schema version newer than this build, a payload
 * that does not fit its contract. The store does not throw (that would stop every reader at that
 * position for good, and keep {@code lastPosition} out of reach); it answers the event at its
 * position with an {@link dev.eventscope.runtime.store.UndecodableEvent} payload carrying the
 * reason and the stored payload, plus every envelope field it could read. Each reader then decides
 * in the open: the outbox never publishes it and reports it (a warning, the
 * {@code events.undecodable} counter, a skipped hop) and passes it, or holds at it by option;
 * subscribers that meet it in their aggregate's stream park it as a dead letter (and that
 * aggregate's later events behind it); a replay lists it under {@code skipped} with the reason;
 * loading its aggregate fails with {@link dev.eventscope.runtime.store.UndecodableEventException};
 * {@code inspect} and the event browsers show it with the reason. Nothing is dropped silently, and
 * the events after it still flow. The memory store keeps decoded records, so it never holds one.
 */
package dev.eventscope.runtime.store;

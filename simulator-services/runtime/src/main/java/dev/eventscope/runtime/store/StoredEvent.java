package dev.eventscope.runtime.store;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;

/**
 * An event as the store keeps it: its envelope (aggregate id and version set) and its global
 * position, which orders all events of one store.
 */
public record StoredEvent(long position, Envelope<Event> envelope) {
  public String aggregateId() {
    return envelope.aggregateId();
  }

  public long version() {
    return envelope.version();
  }

  public String type() {
    return envelope.type();
  }

  /** The bounded context that owns the event (its envelope's source). */
  public String context() {
    return envelope.source();
  }

  public Event payload() {
    return envelope.payload();
  }

  /** True when the store could not decode this event; its payload is then an {@link UndecodableEvent}. */
  public boolean undecodable() {
    return envelope.payload() instanceof UndecodableEvent;
  }

  /** Why this event could not be decoded, or null when it was. */
  public String undecodableReason() {
    return envelope.payload() instanceof UndecodableEvent marker ? marker.reason() : null;
  }

  public StoredEvent asReplay() {
    return new StoredEvent(position, envelope.asReplay());
  }
}

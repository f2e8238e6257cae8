package dev.eventscope.runtime.bus;

import dev.eventscope.runtime.store.StoredEvent;

/**
 * What a bus delivers to: the runtime's reliable subscriber wrapper. It returns normally once the
 * event is dealt with (applied, recognised as a duplicate, or parked), so the bus may acknowledge.
 * It throws only when the event must be delivered again later (the process is shutting down).
 */
@FunctionalInterface
public interface EventConsumer {
  void accept(StoredEvent event);
}

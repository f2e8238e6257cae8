package dev.eventscope.console.events;

import dev.eventscope.runtime.store.StoredEvent;

/**
 * One row of the events table: a store position and its event, or no event while its page is
 * still loading (or when the store has a hole at that position).
 */
public record EventRow(long position, StoredEvent event) {
  public static EventRow pending(long position) {
    return new EventRow(position, null);
  }

  public static EventRow of(StoredEvent event) {
    return new EventRow(event.position(), event);
  }

  public boolean loaded() {
    return event != null;
  }
}

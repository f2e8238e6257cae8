package dev.eventscope.runtime.store;

/**
 * Raised where an undecodable stored event cannot be passed over: rebuilding an aggregate from a
 * stream that holds one would decide on a wrong state, so the aggregate is refused instead.
 */
public final class UndecodableEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UndecodableEventException(StoredEvent event) {
    super(event.aggregateId() + " cannot be loaded: its event " + event.version() + " (" + event.type()
        + ", position " + event.position() + ") is undecodable: " + event.undecodableReason());
  }
}

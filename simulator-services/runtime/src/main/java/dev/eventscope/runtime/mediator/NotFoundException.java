package dev.eventscope.runtime.mediator;

/** A query about something the read model does not know. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what + " not found");
  }
}

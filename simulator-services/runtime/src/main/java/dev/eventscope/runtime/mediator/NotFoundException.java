package dev.eventscope.runtime.mediator;

/** A query about something the read model does not know. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    // An answer, not a fault: no stack trace to fill (read models answer this often while catching up).
    super(what + " not found", null, false, false);
  }
}

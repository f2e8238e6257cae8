package dev.eventscope.runtime.mediator;

/** A query about something the read model does not know. */
public final class NotFoundException extends RuntimeException {
  private final String what;
  private final Object id;

  /** {@code what} is the kind ({@code "order"}), {@code id} which one: the message is made only if asked for. */
  public NotFoundException(String what, Object id) {
    // An answer, not a fault: no stack trace to fill (read models answer this often while catching up).
    super(null, null, false, false);
    this.what = what;
    this.id = id;
  }

  @Override
  public String getMessage() {
    return what + " " + id + " not found";
  }
}

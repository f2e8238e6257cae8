package dev.eventscope.console.remote;

/** A call to the served system that did not get a usable answer; the message is one line for a person. */
public final class RemoteCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public RemoteCallException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** The HTTP status, or 0 when no answer came (refused, timed out). */
  public int status() {
    return status;
  }
}

package dev.eventscope.runtime.bus;

/** The broker did not accept a publish (down, unreachable, timed out); the event was not acknowledged. */
public final class BusUnavailableException extends RuntimeException {
  public BusUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

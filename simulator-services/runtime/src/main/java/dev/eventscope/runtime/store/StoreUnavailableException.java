package dev.eventscope.runtime.store;

/** The store could not be reached or failed to answer; nothing was acknowledged. */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.eventscope.services.sandbox;

/** A sandbox server could not start; the message says why in words a person can act on. */
public final class SandboxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SandboxException(String message, Throwable cause) {
    super(message, cause);
  }
}

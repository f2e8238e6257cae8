package dev.eventscope.runtime.fault;

/** A failure made on purpose by a fault injector; the message says which fault. Carries no stack trace. */
public final class InjectedFaultException extends RuntimeException {
  public InjectedFaultException(String message) {
    super(message, null, false, false);
  }
}

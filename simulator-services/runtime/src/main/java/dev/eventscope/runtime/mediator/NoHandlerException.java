package dev.eventscope.runtime.mediator;

/** A command or query that nothing in this process handles: an error, never a silent drop. */
public final class NoHandlerException extends RuntimeException {
  public NoHandlerException(String type) {
    super("no handler for " + type + " in this process");
  }
}

package dev.eventscope.console.cli;

/**
 * A request the command cannot carry out as given (a bad setting, a missing confirmation, a port in
 * use). Reported as one line, exit code 2, no stack trace.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message, null, false, false);
  }
}

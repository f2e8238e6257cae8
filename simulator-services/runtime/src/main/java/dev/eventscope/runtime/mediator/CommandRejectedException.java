package dev.eventscope.runtime.mediator;

/** A command an aggregate refused, with the business reason (not a failure of the system). */
public final class CommandRejectedException extends RuntimeException {
  private final String commandType;
  private final String reason;

  public CommandRejectedException(String commandType, String reason) {
    super(commandType + " rejected: " + reason);
    this.commandType = commandType;
    this.reason = reason;
  }

  public String commandType() {
    return commandType;
  }

  public String reason() {
    return reason;
  }
}

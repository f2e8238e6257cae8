package dev.eventscope.services.scenario;

/** A scenario that cannot be read or run; the message names the file, the line and the field. */
public final class ScenarioException extends RuntimeException {
  public ScenarioException(String message) {
    super(message);
  }

  public ScenarioException(String message, Throwable cause) {
    super(message, cause);
  }
}

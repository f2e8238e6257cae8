package dev.eventscope.services.fleet;

/** A command for another service could not be delivered or handled there; sending it again later may work. */
public final class RemoteServiceException extends RuntimeException {
  public RemoteServiceException(String message) {
    super(message);
  }
}

package dev.eventscope.contracts.registry;

/** A message that does not fit its contract: unknown type, bad JSON, wrong version, broken rules. */
public class ContractException extends RuntimeException {
  public ContractException(String message) {
    super(message);
  }

  public ContractException(String message, Throwable cause) {
    super(message, cause);
  }
}

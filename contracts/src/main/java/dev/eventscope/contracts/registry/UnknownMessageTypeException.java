package dev.eventscope.contracts.registry;

/** A message type name (or class) that is not in the contract registry. */
public final class UnknownMessageTypeException extends ContractException {
  private final String typeName;

  public UnknownMessageTypeException(String typeName) {
    super("unknown message type '" + typeName + "': not in the contract registry");
    this.typeName = typeName;
  }

  public String typeName() {
    return typeName;
  }
}

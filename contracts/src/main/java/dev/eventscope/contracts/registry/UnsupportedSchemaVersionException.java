package dev.eventscope.contracts.registry;

/** A stored or received message whose schema version this build cannot read. */
public final class UnsupportedSchemaVersionException extends ContractException {
  public UnsupportedSchemaVersionException(String type, int version, int current) {
    super(version > current
        ? type + " schema version " + version + " is newer than this build knows (" + current + ")"
        : "no upcaster brings " + type + " from schema version " + version + " to " + current);
  }
}

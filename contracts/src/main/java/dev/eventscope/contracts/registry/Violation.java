package dev.eventscope.contracts.registry;

/** One field of a message that breaks its contract, e.g. {@code lines[0].quantity: must be at least 1}. */
public record Violation(String field, String problem) {
  @Override
  public String toString() {
    return field + ": " + problem;
  }
}

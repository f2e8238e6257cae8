package dev.eventscope.contracts.registry;

import java.util.List;

/** A message whose fields break its contract; says which fields and why. */
public final class ContractViolationException extends ContractException {
  private final String type;
  private final List<Violation> violations;

  public ContractViolationException(String type, List<Violation> violations) {
    super(type + " is invalid: " + String.join("; ", violations.stream().map(Violation::toString).toList()));
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  public String type() {
    return type;
  }

  public List<Violation> violations() {
    return violations;
  }
}

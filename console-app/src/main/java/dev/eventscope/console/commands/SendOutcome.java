package dev.eventscope.console.commands;

import java.util.List;
import java.util.UUID;

/**
 * How a sent command ended, as the composer shows it inline: accepted (with the answer), rejected
 * by the aggregate (a business reason), invalid (which fields break the contract) or failed.
 */
public record SendOutcome(Kind kind, String headline, List<String> lines, UUID correlationId) {
  public enum Kind {
    SENDING,
    ACCEPTED,
    REJECTED,
    INVALID,
    FAILED
  }

  public boolean isError() {
    return kind == Kind.REJECTED || kind == Kind.INVALID || kind == Kind.FAILED;
  }
}

package dev.eventscope.console.ui;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.util.UUID;

/** Small factories for hops, so tests read as the flow they describe. */
public final class HopFixture {
  private HopFixture() {}

  public static Hop hop(String from, String to) {
    UUID id = UUID.randomUUID();
    return new Hop(from, to, id, "PlaceOrder", id, null, 1_000, 50, Outcome.OK, null, false);
  }

  /** A hop of a replayed message (a rebuild or a re-publish). */
  public static Hop replayed(String from, String to) {
    UUID id = UUID.randomUUID();
    return new Hop(from, to, id, "OrderPlaced", id, null, 1_000, 50, Outcome.OK, null, true);
  }

  public static Hop failed(String from, String to, Outcome outcome) {
    UUID id = UUID.randomUUID();
    return new Hop(from, to, id, "PlaceOrder", id, null, 1_000, 50, outcome, "boom", false);
  }

  /** A hop of one message in a flow: {@code message} caused by {@code cause}, starting at {@code startMicros}. */
  public static Hop step(UUID correlation, UUID message, UUID cause, String type, String from, String to, long startMicros, long micros,
      Outcome outcome) {
    return new Hop(from, to, message, type, correlation, cause, startMicros, micros, outcome, outcome == Outcome.OK ? null : "why", false);
  }
}

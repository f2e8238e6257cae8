package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Fixtures of the trace channel tests: distinct hops, and a listener that keeps what it heard. */
final class TraceHops {
  private TraceHops() {}

  /** A hop no other call returns (its own message id), from {@code from}. */
  static Hop hop(String from) {
    UUID message = UUID.randomUUID();
    return new Hop(from, "handler:PlaceOrder", message, "PlaceOrder", UUID.randomUUID(), message, 1_700_000_000_000_000L, 42,
        Outcome.OK, null, false);
  }

  static Hop rejected(String from, String reason) {
    UUID message = UUID.randomUUID();
    return new Hop(from, "aggregate:Order", message, "CancelOrder", UUID.randomUUID(), UUID.randomUUID(), 1_700_000_000_000_001L, 7,
        Outcome.REJECTED, reason, true);
  }

  /** Every hop of every batch delivered to it, in order. */
  static final class Heard implements Consumer<List<Hop>> {
    final List<Hop> hops = new CopyOnWriteArrayList<>();
    final List<List<Hop>> batches = new CopyOnWriteArrayList<>();

    @Override
    public void accept(List<Hop> batch) {
      batches.add(batch);
      hops.addAll(batch);
    }
  }
}

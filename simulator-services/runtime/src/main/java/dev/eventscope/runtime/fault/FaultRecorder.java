package dev.eventscope.runtime.fault;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.message.MessageIds;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;

/**
 * Makes every injected fault visible: a {@link Outcome#FAULT} hop from the node {@code fault:<kind>}
 * to where it struck (so the graph draws the fault as its own node), and a counter
 * {@code faults.<kind>} in the metrics.
 */
public final class FaultRecorder {
  public static final String DROPPED = "dropped";
  public static final String DUPLICATED = "duplicated";
  public static final String REORDERED = "reordered";
  public static final String DELAYED = "delayed";
  public static final String EXCEPTION = "exception";
  public static final String POISON = "poison";
  public static final String SLOW = "slow";
  public static final String DECLINED = "declined";
  public static final String OUTAGE = "outage";
  public static final String SHORTAGE = "shortage";

  private final FlowTracer tracer;
  private final Metrics metrics;

  public FaultRecorder(FlowTracer tracer, Metrics metrics) {
    this.tracer = tracer;
    this.metrics = metrics;
  }

  /** A fault that struck one message on its way to {@code node}. */
  public void struck(String kind, String node, Envelope<? extends Message> message, String detail) {
    metrics.increment(counter(kind));
    tracer.record("fault:" + kind, node, message, System.nanoTime(), Outcome.FAULT, "injected: " + detail);
  }

  /** A fault that struck a component rather than a message (a broker going down or coming back). */
  public void component(String kind, String node, String detail) {
    metrics.increment(counter(kind));
    var id = MessageIds.next();
    tracer.record(new Hop("fault:" + kind, node, id, "Fault", id, null, System.currentTimeMillis() * 1_000, 0, Outcome.FAULT,
        "injected: " + detail, false));
  }

  public static String counter(String kind) {
    return "faults." + kind;
  }
}

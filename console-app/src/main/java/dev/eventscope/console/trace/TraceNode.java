package dev.eventscope.console.trace;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.util.List;
import java.util.UUID;

/**
 * One message in a causation tree: its hops in time order, the messages it caused, when it started
 * and ended, and its worst outcome over all hops (an event that one subscriber parked is shown as
 * parked). {@code causeMissing} marks a message whose cause was not seen (it started before the
 * console listened, or its hops were dropped under load).
 */
public record TraceNode(
    UUID messageId,
    String messageType,
    UUID causationId,
    List<Hop> hops,
    List<TraceNode> children,
    long startedAtMicros,
    long endedAtMicros,
    Outcome outcome,
    String detail,
    boolean causeMissing) {

  public long spanMicros() {
    return endedAtMicros - startedAtMicros;
  }

  /** Where the message came from: the sender of its first hop. */
  public String origin() {
    return hops.isEmpty() ? "" : hops.get(0).from();
  }

  /** Where it went last: the receiver of its last hop ({@code aggregate:Order}, {@code subscriber:…}). */
  public String destination() {
    return hops.isEmpty() ? "" : hops.get(hops.size() - 1).to();
  }

  /** This node and every descendant. */
  public int size() {
    int size = 1;
    for (TraceNode child : children) size += child.size();
    return size;
  }
}

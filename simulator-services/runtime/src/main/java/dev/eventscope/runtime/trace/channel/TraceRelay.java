package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.HopListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins one process's tracer to the fleet's trace channel: the hops this process records go out,
 * the hops the others record come in and are recorded here as if they happened here, so every
 * tracer listener (the console) sees the whole fleet. A hop that came in also passes the tracer's
 * listeners, this relay's among them; the relay knows it by identity and does not send it out
 * again, or two relays would bounce it between them for ever.
 */
public final class TraceRelay implements AutoCloseable {
  /** Twice the tracer's usual buffer: every remote hop in flight in the tracer stays known. */
  private static final int REMOTE_IN_FLIGHT = 131_072;

  private final FlowTracer tracer;
  private final TraceChannel channel;
  private final RemoteHops remote;
  private final HopListener outgoing = this::publishOwn;
  private volatile boolean open = true;

  private TraceRelay(FlowTracer tracer, TraceChannel channel, int remoteInFlight) {
    this.tracer = tracer;
    this.channel = channel;
    this.remote = new RemoteHops(remoteInFlight);
  }

  /** @throws dev.eventscope.runtime.bus.BusUnavailableException when the channel's broker refuses the subscription */
  public static TraceRelay start(FlowTracer tracer, TraceChannel channel) {
    return start(tracer, channel, REMOTE_IN_FLIGHT);
  }

  static TraceRelay start(FlowTracer tracer, TraceChannel channel, int remoteInFlight) {
    TraceRelay relay = new TraceRelay(tracer, channel, remoteInFlight);
    tracer.addListener(relay.outgoing);
    try {
      channel.subscribe(relay::recordRemote);
    } catch (RuntimeException e) {
      tracer.removeListener(relay.outgoing);
      throw e;
    }
    return relay;
  }

  private void publishOwn(List<Hop> hops) {
    if (!open) return;
    List<Hop> own = new ArrayList<>(hops.size());
    for (Hop hop : hops) {
      if (!remote.take(hop)) own.add(hop);
    }
    if (!own.isEmpty()) channel.publish(own);
  }

  private void recordRemote(List<Hop> hops) {
    if (!open) return;
    for (Hop hop : hops) {
      // Known before it is recorded: the tracer's thread may hand it to publishOwn at once.
      remote.add(hop);
      tracer.record(hop);
    }
  }

  /** Remote hops recorded and not yet seen back from the tracer (for tests). */
  int remoteInFlight() {
    return remote.size();
  }

  public long dropped() {
    return channel.dropped();
  }

  @Override
  public void close() {
    open = false;
    tracer.removeListener(outgoing);
    channel.close();
  }
}

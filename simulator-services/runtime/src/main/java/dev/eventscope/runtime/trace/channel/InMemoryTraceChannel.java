package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.trace.Hop;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Processes of a fleet that live in one JVM (tests, a single-process demo), joined by a
 * {@link Hub} instead of a broker. Batches still go through {@link HopBatchCodec}, so the peers
 * get fresh hop objects exactly as they would from a broker, and delivery is immediate, on the
 * publisher's thread. A channel with no peers (the {@code memory} strategy) sends nothing.
 */
public final class InMemoryTraceChannel implements TraceChannel {
  private final Hub hub;
  private final String process;
  private final Receivers receivers;
  private final LongAdder dropped = new LongAdder();
  private volatile boolean open = true;

  private InMemoryTraceChannel(Hub hub, String process) {
    this.hub = hub;
    this.process = process;
    this.receivers = new Receivers(process, hub.codec);
  }

  /** A channel alone on its own hub: nothing to send to, nothing to hear. */
  public static InMemoryTraceChannel alone(String process) {
    return new Hub().join(process);
  }

  @Override
  public String strategy() {
    return "memory";
  }

  @Override
  public void publish(List<Hop> hops) {
    if (hops.isEmpty()) return;
    if (!open) {
      dropped.add(hops.size());
      return;
    }
    hub.send(this, hops);
  }

  @Override
  public void subscribe(Consumer<List<Hop>> listener) {
    receivers.add(listener);
  }

  @Override
  public long dropped() {
    return dropped.sum();
  }

  @Override
  public void close() {
    open = false;
    hub.members.remove(this);
  }

  /** The "broker" of one in-JVM fleet; each test makes its own, so nothing is shared between tests. */
  public static final class Hub {
    private final HopBatchCodec codec = new HopBatchCodec();
    private final List<InMemoryTraceChannel> members = new CopyOnWriteArrayList<>();

    public InMemoryTraceChannel join(String process) {
      InMemoryTraceChannel channel = new InMemoryTraceChannel(this, process);
      members.add(channel);
      return channel;
    }

    private void send(InMemoryTraceChannel from, List<Hop> hops) {
      if (members.size() < 2) return;
      byte[] message = codec.encode(from.process, hops);
      // Every member reads it, the sender too, as on a broker; each one's Receivers leaves out its own.
      for (InMemoryTraceChannel member : members) member.receivers.deliver(message);
    }
  }
}

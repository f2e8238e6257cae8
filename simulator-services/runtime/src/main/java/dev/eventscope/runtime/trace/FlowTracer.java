package dev.eventscope.runtime.trace;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.jctools.queues.MpscArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects hops from every thread into a bounded buffer and hands them, in batches, to listeners
 * on one background thread. Recording never blocks: when the buffer is full the hop is dropped
 * and counted. With no listener, recording is a no-op. The drainer wakes on a short timer rather
 * than on every hop, so a busy system pays for an enqueue, not for a thread hand-off per hop.
 * When hops come faster than the budget, whole flows are sampled ({@link FlowSampler}) and the
 * hops left out are counted.
 */
public final class FlowTracer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlowTracer.class);
  private static final int BATCH = 4_096;
  private static final long DRAIN_EVERY_MILLIS = 10;
  /** Ten times what the console's graph was measured drawing smoothly (5,000 hops/s). */
  public static final long DEFAULT_HOP_BUDGET_PER_SECOND = 50_000;
  private static final long SAMPLING_WINDOW_NANOS = 100_000_000L;

  private final MpscArrayQueue<Hop> buffer;
  private final List<HopListener> listeners = new CopyOnWriteArrayList<>();
  private final LongAdder recorded = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder sampledOut = new LongAdder();
  private final FlowSampler sampler;
  private final boolean enabled;
  private volatile boolean running = true;
  private Thread drainer;

  public FlowTracer(int capacity, boolean enabled) {
    this(capacity, enabled, DEFAULT_HOP_BUDGET_PER_SECOND);
  }

  /** {@code hopBudgetPerSecond} 0: keep every hop however fast they come (until the buffer is full). */
  public FlowTracer(int capacity, boolean enabled, long hopBudgetPerSecond) {
    this.buffer = new MpscArrayQueue<>(Math.max(2, capacity));
    this.enabled = enabled;
    this.sampler = new FlowSampler(hopBudgetPerSecond, SAMPLING_WINDOW_NANOS, System.nanoTime());
  }

  /** A tracer that records nothing (for runs measured without tracing). */
  public static FlowTracer disabled() {
    return new FlowTracer(1, false);
  }

  public boolean enabled() {
    return enabled;
  }

  public synchronized void addListener(HopListener listener) {
    listeners.add(listener);
    if (drainer == null && enabled) {
      drainer = new Thread(this::drain, "flow-tracer");
      drainer.setDaemon(true);
      drainer.start();
    }
  }

  public void removeListener(HopListener listener) {
    listeners.remove(listener);
  }

  public void record(Hop hop) {
    if (!enabled || listeners.isEmpty()) return;
    if (!sampler.keeps(hop.correlationId(), hop.outcome())) {
      sampledOut.increment();
      return;
    }
    offer(hop);
  }

  private void offer(Hop hop) {
    if (buffer.offer(hop)) recorded.increment();
    else dropped.increment();
  }

  /**
   * Convenience for the common case: a hop about an envelope that ended now. Every hop of the system
   * passes here, so the decision stays small and the kept hop is built in {@link #keep}: once the
   * sampler thins a flood, most hops end at the decision, and each caller's compiled code carries
   * the decision alone.
   */
  public void record(String from, String to, Envelope<? extends Message> message, long startedNanos, Outcome outcome, String detail) {
    if (!enabled || listeners.isEmpty()) return;
    if (sampler.keeps(message.correlationId(), outcome)) keep(from, to, message, startedNanos, outcome, detail);
    else sampledOut.increment();
  }

  private void keep(String from, String to, Envelope<? extends Message> message, long startedNanos, Outcome outcome, String detail) {
    long now = System.nanoTime();
    long durationMicros = (now - startedNanos) / 1_000;
    long startedAtMicros = Clock.nowMicros() - durationMicros;
    offer(new Hop(from, to, message.messageId(), message.type(), message.correlationId(), message.causationId(),
        startedAtMicros, durationMicros, outcome, detail, message.replay()));
  }

  public long recordedCount() {
    return recorded.sum();
  }

  public long droppedCount() {
    return dropped.sum();
  }

  /** Hops of flows left out while the tracer was flooded. */
  public long sampledOutCount() {
    return sampledOut.sum();
  }

  /** One flow in this many is traced now (1 unless flooded). */
  public long keepsOneFlowIn() {
    return sampler.keepsOneIn();
  }

  private void drain() {
    List<Hop> batch = new ArrayList<>(BATCH);
    while (running) {
      try {
        sampler.adjust(recorded.sum() + dropped.sum() + sampledOut.sum(), System.nanoTime());
        if (buffer.drain(batch::add, BATCH) == 0) {
          Thread.sleep(DRAIN_EVERY_MILLIS);
          continue;
        }
        List<Hop> delivered = List.copyOf(batch);
        batch.clear();
        for (HopListener listener : listeners) {
          try {
            listener.onHops(delivered);
          } catch (RuntimeException e) {
            LOG.warn("hop listener {} failed", listener, e);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    if (drainer != null) drainer.interrupt();
  }

  /** Wall-clock microseconds, cheap enough for every hop. */
  static final class Clock {
    private static final long OFFSET_MICROS = System.currentTimeMillis() * 1_000 - System.nanoTime() / 1_000;

    private Clock() {}

    static long nowMicros() {
      return OFFSET_MICROS + System.nanoTime() / 1_000;
    }
  }
}

package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.trace.Hop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes batches from the traced process without ever waiting and sends them to the broker on a
 * thread of its own. Every client can stall (a Kafka producer waiting for metadata, a socket to a
 * Redis that went away); that stall must land here, on a bounded queue that drops and counts when
 * full, never on the tracer's thread.
 */
final class PublishQueue implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PublishQueue.class);
  private static final int CAPACITY = 1_024;
  private static final long FLUSH_ON_CLOSE_MILLIS = 1_000;

  /** Sends one encoded batch; throws when the broker did not take it. */
  @FunctionalInterface
  interface Sender {
    void send(byte[] message) throws Exception;
  }

  private final String process;
  private final HopBatchCodec codec;
  private final Sender sender;
  private final Outage outage;
  private final Duration joinTimeout;
  private final BlockingQueue<List<Hop>> pending = new ArrayBlockingQueue<>(CAPACITY);
  private final LongAdder dropped = new LongAdder();
  private final Thread thread;
  private volatile boolean running = true;

  PublishQueue(String name, String process, HopBatchCodec codec, Sender sender, Outage outage, Duration joinTimeout) {
    this.process = process;
    this.codec = codec;
    this.sender = sender;
    this.outage = outage;
    this.joinTimeout = joinTimeout;
    this.thread = new Thread(this::run, "trace-publish-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  void offer(List<Hop> hops) {
    if (hops.isEmpty()) return;
    if (!running) {
      dropped.add(hops.size());
      return;
    }
    if (!pending.offer(List.copyOf(hops))) {
      dropped.add(hops.size());
      outage.failed("the broker does not keep up (" + CAPACITY + " batches waiting)");
    }
  }

  long dropped() {
    return dropped.sum();
  }

  private void run() {
    long flushUntil = Long.MAX_VALUE;
    while (true) {
      if (!running && flushUntil == Long.MAX_VALUE) flushUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FLUSH_ON_CLOSE_MILLIS);
      if (!running && (pending.isEmpty() || System.nanoTime() > flushUntil)) break;
      List<Hop> batch;
      try {
        batch = pending.poll(50, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        break;
      }
      if (batch != null) send(batch);
    }
    int left = 0;
    for (List<Hop> batch = pending.poll(); batch != null; batch = pending.poll()) left += batch.size();
    dropped.add(left);
  }

  private void send(List<Hop> batch) {
    try {
      sender.send(codec.encode(process, batch));
      outage.working();
    } catch (InterruptedException e) {
      dropped.add(batch.size());
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      dropped.add(batch.size());
      outage.failed("could not publish: " + e);
    }
  }

  /** Sends what is waiting (for a second at most), then stops; what is left is counted as dropped. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(FLUSH_ON_CLOSE_MILLIS + joinTimeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) LOG.debug("trace publisher {} still sending at close; the client's close ends it", thread.getName());
  }
}

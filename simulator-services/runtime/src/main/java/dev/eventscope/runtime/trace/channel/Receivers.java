package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.trace.Hop;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every channel does with a message it read: decode it, leave out this process's own
 * batches (the broker hands them to every reader, the sender's too) and give the rest to the
 * listeners, one failing listener not stopping the others or the reader.
 */
final class Receivers {
  private static final Logger LOG = LoggerFactory.getLogger(Receivers.class);

  private final String process;
  private final HopBatchCodec codec;
  private final List<Consumer<List<Hop>>> listeners = new CopyOnWriteArrayList<>();

  Receivers(String process, HopBatchCodec codec) {
    this.process = process;
    this.codec = codec;
  }

  /** @return true when this was the first listener (the channel starts reading then) */
  synchronized boolean add(Consumer<List<Hop>> listener) {
    listeners.add(listener);
    return listeners.size() == 1;
  }

  void deliver(byte[] message) {
    Optional<HopBatch> batch = codec.decode(message);
    if (batch.isEmpty() || batch.get().process().equals(process) || batch.get().hops().isEmpty()) return;
    for (Consumer<List<Hop>> listener : listeners) {
      try {
        listener.accept(batch.get().hops());
      } catch (RuntimeException e) {
        LOG.warn("trace listener {} failed on a batch from {}", listener, batch.get().process(), e);
      }
    }
  }
}

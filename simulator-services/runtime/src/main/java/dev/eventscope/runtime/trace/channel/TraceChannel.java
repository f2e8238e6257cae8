package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.trace.Hop;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hops between the processes of a fleet, over the broker they already share. Each process
 * publishes its own hops and hears everyone else's; it never hears its own back, so recording
 * what it hears cannot loop. Tracing must never slow or break what it traces, hence publishing is
 * fire-and-forget: what cannot be sent is dropped and counted.
 */
public interface TraceChannel extends AutoCloseable {

  /** {@code memory}, {@code kafka}, {@code rabbitmq} or {@code redis}. */
  String strategy();

  /** Hands a batch over for sending and returns at once; never throws, drops (and counts) what it cannot send. */
  void publish(List<Hop> hops);

  /**
   * Delivers, from now on (no history), the batches other processes publish. Called on the
   * channel's own thread; a listener that throws loses that batch only.
   */
  void subscribe(Consumer<List<Hop>> listener);

  /** Hops published here that never reached the broker. */
  long dropped();

  @Override
  void close();
}

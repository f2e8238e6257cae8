package dev.eventscope.runtime.bus;

import dev.eventscope.runtime.store.StoredEvent;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Carries stored events to subscribers: one strategy per broker (in-memory, Kafka, RabbitMQ,
 * Redis Streams). Each subscriber is a consumer group; delivery is at least once and may
 * duplicate or reorder — subscribers absorb that. The event store is the source of truth: the
 * bus only carries.
 */
public interface EventBus extends AutoCloseable {
  /** {@code memory}, {@code kafka}, {@code rabbitmq} or {@code redis}. */
  String strategy();

  /** Registers a consumer group for the events of {@code contexts}; call before {@link #start()}. */
  void subscribe(String subscriber, Set<String> contexts, EventConsumer consumer);

  void start();

  /**
   * Hands one event to the broker and returns once the broker accepted it.
   *
   * @throws BusUnavailableException when the broker cannot accept it now (retry later)
   */
  void publish(StoredEvent event);

  /**
   * Hands a batch (in position order) to the broker and returns once the broker accepted all of
   * it. Brokers that can pipeline override this; after a failure the whole batch is published
   * again, so some of it may arrive twice (subscribers absorb that).
   *
   * @throws BusUnavailableException when the broker cannot accept the batch now
   */
  default void publishAll(List<StoredEvent> events) {
    for (StoredEvent event : events) publish(event);
  }

  /** Waits until everything published so far has been delivered; false if the timeout passed first. */
  boolean drain(Duration timeout);

  BusHealth health();

  /**
   * Whether the system may switch from this bus to another while running. A fleet member's bus
   * links it to the other processes, which stay on their broker: it is fixed.
   */
  default boolean switchable() {
    return true;
  }

  /** Stops consuming and releases connections; undelivered events stay with the broker (or the store). */
  @Override
  void close();
}

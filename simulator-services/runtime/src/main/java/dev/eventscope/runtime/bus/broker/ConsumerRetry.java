package dev.eventscope.runtime.bus.broker;

import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an event to a consumer until it takes it. The consumer parks what its handler cannot
 * apply, so it throws only when something under it is down (the store) or it is shutting down:
 * then the event must neither be acknowledged nor skipped, and the next ones must wait behind it
 * to keep each aggregate's order. So: back off and try again, for as long as the bus runs.
 */
public final class ConsumerRetry {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerRetry.class);
  /** The first wait after a refusal; it doubles up to {@link #MAX_BACKOFF_MS}. */
  public static final long FIRST_BACKOFF_MS = 50;
  public static final long MAX_BACKOFF_MS = 5_000;

  private ConsumerRetry() {}

  /** True once the consumer took the event; false when {@code running} turned false first. */
  public static boolean untilTaken(EventConsumer consumer, StoredEvent event, BooleanSupplier running, String subscriber) {
    long backoffMs = FIRST_BACKOFF_MS;
    for (int attempt = 1; running.getAsBoolean(); attempt++) {
      try {
        consumer.accept(event);
        if (attempt > 1) LOG.info("{} took event {} on attempt {}", subscriber, event.position(), attempt);
        return true;
      } catch (RuntimeException e) {
        if (attempt == 1) LOG.warn("{} cannot take event {} yet, retrying: {}", subscriber, event.position(), e.toString());
        if (!pause(backoffMs, running)) return false;
        backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
      }
    }
    return false;
  }

  /** Sleeps in short slices so a closing bus is not kept waiting by a long back-off; false once {@code running} turned false. */
  public static boolean pause(long millis, BooleanSupplier running) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    try {
      while (running.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(Math.min(millis, 20));
      return running.getAsBoolean();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

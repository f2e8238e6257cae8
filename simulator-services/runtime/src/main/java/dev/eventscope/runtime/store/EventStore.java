package dev.eventscope.runtime.store;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import java.util.List;

/**
 * The source of truth. Streams are per aggregate; appends name the version they expect the stream
 * to be at, and a concurrent append at the same version fails with {@link ConcurrencyException}.
 * Every event gets a global position; {@link #readAll} is gap-safe: a reader that resumes after a
 * position never skips an event that committed late.
 */
public interface EventStore extends AutoCloseable {
  /**
   * Appends events to the stream of {@code aggregateId}. The envelopes' aggregate id and version
   * are set by the store. Appending the same message ids again at the same expected version is
   * idempotent: it answers the events stored the first time.
   *
   * @throws ConcurrencyException if the stream is not at {@code expectedVersion}
   */
  List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> events);

  /** The events of one stream with a version above {@code afterVersion}, in version order. */
  List<StoredEvent> readStream(String aggregateId, long afterVersion);

  /** Up to {@code limit} events with a position above {@code afterPosition}, in position order. */
  List<StoredEvent> readAll(long afterPosition, int limit);

  /** The highest position a reader may safely read up to now. */
  long lastPosition();

  /**
   * How many events lie after {@code afterPosition}, up to and including {@code untilPosition}
   * (a replay's total, for its progress). Stores answer it without reading the events.
   */
  default long countBetween(long afterPosition, long untilPosition) {
    long count = 0;
    long after = afterPosition;
    for (List<StoredEvent> page = readAll(after, 5_000); !page.isEmpty(); page = readAll(after, 5_000)) {
      for (StoredEvent event : page) {
        if (event.position() > untilPosition) return count;
        count++;
        after = event.position();
      }
    }
    return count;
  }

  /**
   * Every event after {@code afterPosition} up to and including {@code untilPosition}, page after
   * page, for one long read such as a replay ({@code untilPosition} at most {@link #lastPosition}
   * when the scan starts). Pages made of {@link #readAll} unless a store holds one cursor open
   * across them.
   */
  default EventScan scan(long afterPosition, long untilPosition, int pageSize) {
    return new PagedScan(this, afterPosition, untilPosition, pageSize);
  }

  /**
   * True when reading any range of positions costs about what the range holds (the positions are
   * indexed), so a long scan may read several ranges at once; false when one cursor read from the
   * start is the cheap way.
   */
  default boolean indexedRangeReads() {
    return true;
  }

  /** Called after every successful append (for the outbox dispatcher to wake up). */
  void onAppend(Runnable listener);

  /** A one-line description without credentials, e.g. {@code embedded (/home/u/.local/share/eventscope)}. */
  String describe();

  @Override
  default void close() {}
}

package dev.eventscope.runtime.store.mongo;

import dev.eventscope.runtime.store.StoreUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.bson.BsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waiting, briefly, for a stream's last commit to become whole before loading or extending the
 * stream: an {@code insertMany} in flight finishes in milliseconds. A commit that stays incomplete
 * past the bound (its writer died half way) is taken as it is rather than blocking its stream.
 */
final class CommitWait {
  private static final Logger log = LoggerFactory.getLogger(CommitWait.class);
  private static final long POLL_NANOS = 2_000_000;

  private final Duration bound;
  private final long endNanos;

  CommitWait(Duration bound) {
    this.bound = bound;
    this.endNanos = System.nanoTime() + bound.toNanos();
  }

  /** True when {@code tail} may be taken as the end of its stream; otherwise pauses a moment first. */
  boolean settled(String aggregateId, BsonDocument tail) {
    if (EventDocuments.isComplete(tail)) return true;
    Instant storedAt = EventDocuments.storedAt(tail);
    if (storedAt != null && Instant.now().isAfter(storedAt.plus(bound))) return true; // died long ago: final
    if (System.nanoTime() - endNanos >= 0) {
      log.warn("stream {} ends in an incomplete commit {}; taking it as it is", aggregateId, tail.get("commitId"));
      return true;
    }
    LockSupport.parkNanos(POLL_NANOS);
    if (Thread.currentThread().isInterrupted()) {
      throw new StoreUnavailableException("interrupted while waiting for a commit to " + aggregateId + " to complete", null);
    }
    return false;
  }
}

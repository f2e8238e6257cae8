package dev.eventscope.runtime.bus.redis;

import dev.eventscope.runtime.bus.broker.ConsumerRetry;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry a subscriber's consumer could not take yet, and how long to wait before offering it
 * again: the wait doubles from 50 ms up to 5 s while it stays refused (as {@link ConsumerRetry}'s). The entry is not retried in
 * place: it stays pending, and the subscription reads its pending entries again after the wait —
 * with a claim round in between, so an entry it waits for that a dead member held can come first.
 */
final class Refusals {
  private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

  private final String subscriber;
  private byte[] refusedId;
  private int attempts;
  private long waitMs;
  private boolean waitDue;

  Refusals(String subscriber) {
    this.subscriber = subscriber;
  }

  /** The consumer threw for this entry; the first refusal of an entry is logged. */
  void refused(byte[] entryId, long position, RuntimeException why) {
    if (!Arrays.equals(entryId, refusedId)) {
      refusedId = entryId;
      attempts = 0;
      waitMs = ConsumerRetry.FIRST_BACKOFF_MS;
      LOG.warn("{} cannot take event {} yet, offering it again later: {}", subscriber, position, why.toString());
    } else {
      waitMs = Math.min(waitMs * 2, ConsumerRetry.MAX_BACKOFF_MS);
    }
    attempts++;
    waitDue = true;
  }

  /** The consumer took this entry. */
  void taken(byte[] entryId, long position) {
    if (refusedId == null || !Arrays.equals(entryId, refusedId)) return;
    LOG.info("{} took event {} on attempt {}", subscriber, position, attempts + 1);
    refusedId = null;
  }

  /** Whether the consumer is refusing an entry now (it has not taken it since). */
  boolean waiting() {
    return refusedId != null;
  }

  /** How long to wait before the next read: nothing unless the consumer refused an entry since the last call. */
  long waitBeforeNextRead() {
    if (!waitDue) return 0;
    waitDue = false;
    return waitMs;
  }
}

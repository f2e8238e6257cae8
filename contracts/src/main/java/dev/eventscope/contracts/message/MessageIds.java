package dev.eventscope.contracts.message;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered message ids (UUID version 7, RFC 9562): the first 48 bits are the epoch
 * milliseconds, so ids sort by creation time. Within one millisecond a counter keeps them
 * increasing in this process.
 */
public final class MessageIds {
  private static final SecureRandom SEED = new SecureRandom();
  private static final AtomicLong LAST = new AtomicLong();
  private static final long RANDOM_HIGH = SEED.nextLong();

  private MessageIds() {}

  public static UUID next() {
    return next(System.currentTimeMillis());
  }

  /** An id stamped with {@code now} (epoch milliseconds), for a caller that has just read the clock. */
  public static UUID next(long now) {
    // 48 bits of milliseconds, then 12 bits of sequence: monotonic even within one millisecond.
    long last;
    long stamp;
    do { // a loop rather than updateAndGet: no lambda to allocate per message
      last = LAST.get();
      stamp = Math.max(last + 1, now << 12);
    } while (!LAST.compareAndSet(last, stamp));
    long millis = stamp >>> 12;
    long sequence = stamp & 0xFFF;
    long msb = (millis << 16) | 0x7000L | sequence;
    long lsb = (RANDOM_HIGH ^ Thread.currentThread().getId() ^ (stamp * 0x9E3779B97F4A7C15L));
    lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** A stable id derived from a name: the same name always gives the same id (UUID version 3). */
  public static UUID derived(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}

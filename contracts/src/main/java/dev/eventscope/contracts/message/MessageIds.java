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
    long now = System.currentTimeMillis();
    // 48 bits of milliseconds, then 12 bits of sequence: monotonic even within one millisecond.
    long stamp = LAST.updateAndGet(last -> Math.max(last + 1, now << 12));
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

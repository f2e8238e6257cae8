package dev.eventscope.runtime.bus.redis;

import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Reads a stream entry id ({@code <milliseconds>-<sequence>}) as XADD answers it, in bytes, into
 * its two numbers: no string and no {@code StreamEntryID} per published event.
 */
final class EntryIds {
  private EntryIds() {}

  static long time(byte[] id) {
    return number(id, 0, dash(id));
  }

  static long sequence(byte[] id) {
    return number(id, dash(id) + 1, id.length);
  }

  private static int dash(byte[] id) {
    for (int i = 0; i < id.length; i++) {
      if (id[i] == '-') return i;
    }
    throw malformed(id);
  }

  private static long number(byte[] id, int from, int to) {
    if (from >= to || to - from > 19) throw malformed(id);
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = id[i] - '0';
      if (digit < 0 || digit > 9) throw malformed(id);
      value = value * 10 + digit;
    }
    if (value < 0) throw malformed(id);
    return value;
  }

  private static JedisDataException malformed(byte[] id) {
    return new JedisDataException("not a stream entry id: " + new String(id, java.nio.charset.StandardCharsets.US_ASCII));
  }
}

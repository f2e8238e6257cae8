package dev.eventscope.runtime.bus.redis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.util.SafeEncoder;

/**
 * One stream's part of a binary XREADGROUP answer, as Redis sent it: ids and field values stay
 * bytes, so a body goes to the decoder without becoming a Java string first, and an id goes back
 * in the XACK as it came.
 */
record StreamReply(byte[] key, List<StreamReply.Entry> entries) {

  /** One entry; {@code fields} (name, value, name, value, ...) is null for an entry deleted since it was delivered. */
  record Entry(byte[] id, List<byte[]> fields) {
    /** The value of a field, or null when the entry has no such field (or none at all). */
    byte[] field(byte[] name) {
      if (fields == null) return null;
      for (int i = 0; i + 1 < fields.size(); i += 2) {
        if (Arrays.equals(fields.get(i), name)) return fields.get(i + 1);
      }
      return null;
    }

    StreamEntryID entryId() {
      return new StreamEntryID(SafeEncoder.encode(id));
    }

    /** The fields as text, for the rare paths that copy an entry elsewhere (dead letters). */
    Map<String, String> textFields() {
      Map<String, String> text = new LinkedHashMap<>();
      if (fields == null) return text;
      for (int i = 0; i + 1 < fields.size(); i += 2) text.put(SafeEncoder.encode(fields.get(i)), SafeEncoder.encode(fields.get(i + 1)));
      return text;
    }
  }

  String stream() {
    return SafeEncoder.encode(key);
  }

  /**
   * The per-stream parts of a RESP2 XREADGROUP reply ({@code [[stream, [[id, [field, value, ...]], ...]], ...]});
   * empty for the nil a BLOCK that timed out answers.
   */
  static List<StreamReply> parse(List<Object> reply) {
    if (reply == null) return List.of();
    List<StreamReply> streams = new ArrayList<>(reply.size());
    for (Object part : reply) {
      List<?> pair = list(part);
      if (pair.size() != 2) throw unexpected();
      List<?> raw = list(pair.get(1));
      List<Entry> entries = new ArrayList<>(raw.size());
      for (Object item : raw) {
        List<?> entry = list(item);
        if (entry.isEmpty()) throw unexpected();
        entries.add(new Entry(bytes(entry.get(0)), entry.size() < 2 || entry.get(1) == null ? null : fields(list(entry.get(1)))));
      }
      streams.add(new StreamReply(bytes(pair.get(0)), entries));
    }
    return streams;
  }

  private static List<byte[]> fields(List<?> raw) {
    List<byte[]> fields = new ArrayList<>(raw.size());
    for (Object value : raw) fields.add(bytes(value));
    return fields;
  }

  private static List<?> list(Object value) {
    if (value instanceof List<?> list) return list;
    throw unexpected();
  }

  private static byte[] bytes(Object value) {
    if (value instanceof byte[] bytes) return bytes;
    throw unexpected();
  }

  private static JedisDataException unexpected() {
    return new JedisDataException("XREADGROUP answered in a shape this reader does not know (RESP2 expected)");
  }
}

package dev.eventscope.runtime.bus.redis;

import java.util.HashMap;
import java.util.Map;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.resps.StreamGroupInfo;
import redis.clients.jedis.resps.StreamPendingSummary;

/**
 * How far one consumer group got on one stream, as Redis itself tells it (so it also counts
 * consumers in other processes): the last entry handed out and the oldest one not acknowledged.
 */
record GroupProgress(StreamEntryID lastDelivered, long pending, StreamEntryID firstPending) {

  /** True when every group member acknowledged {@code id}: it was handed out and nothing at or before it waits. */
  boolean acknowledged(StreamEntryID id) {
    return acknowledged(id.getTime(), id.getSequence());
  }

  /** {@link #acknowledged(StreamEntryID)} for the id {@code time-sequence}, without making one. */
  boolean acknowledged(long time, long sequence) {
    return compare(time, sequence, lastDelivered) <= 0 && (pending == 0 || compare(time, sequence, firstPending) < 0);
  }

  private static int compare(long time, long sequence, StreamEntryID id) {
    int byTime = Long.compare(time, id.getTime());
    return byTime != 0 ? byTime : Long.compare(sequence, id.getSequence());
  }

  boolean caughtUpWith(StreamEntryID lastGenerated) {
    return pending == 0 && (lastGenerated == null || lastDelivered.compareTo(lastGenerated) >= 0);
  }

  /** Every group of a stream by name; empty when the stream does not exist. */
  static Map<String, GroupProgress> of(UnifiedJedis redis, String stream) {
    Map<String, GroupProgress> groups = new HashMap<>();
    try {
      for (StreamGroupInfo info : redis.xinfoGroups(stream)) {
        long pending = info.getPending();
        StreamEntryID first = null;
        if (pending > 0) {
          // Asked separately, so the answer may already be "none pending".
          StreamPendingSummary summary = redis.xpending(stream, info.getName());
          first = summary.getMinId();
          pending = first == null ? 0 : summary.getTotal();
        }
        groups.put(info.getName(), new GroupProgress(info.getLastDeliveredId(), pending, first));
      }
    } catch (JedisDataException e) {
      if (!RedisErrors.noSuchKey(e)) throw e;
    }
    return groups;
  }

  /** The stream's newest id, or null when it does not exist (nothing to catch up with). */
  static StreamEntryID lastGenerated(UnifiedJedis redis, String stream) {
    try {
      return redis.xinfoStream(stream).getLastGeneratedId();
    } catch (JedisDataException e) {
      if (RedisErrors.noSuchKey(e)) return null;
      throw e;
    }
  }
}

package dev.eventscope.runtime.bus.redis;

import redis.clients.jedis.exceptions.JedisDataException;

/** Redis answers errors as text; these are the ones the strategy reacts to. */
final class RedisErrors {
  private RedisErrors() {}

  /** XREADGROUP/XACK on a group (or stream) Redis no longer has: it restarted empty or someone deleted it. */
  static boolean noGroup(JedisDataException e) {
    return e.getMessage() != null && e.getMessage().startsWith("NOGROUP");
  }

  /** XGROUP CREATE on a group that exists already: another instance of the subscriber made it. */
  static boolean busyGroup(JedisDataException e) {
    return e.getMessage() != null && e.getMessage().startsWith("BUSYGROUP");
  }

  static boolean noSuchKey(JedisDataException e) {
    return e.getMessage() != null && e.getMessage().contains("no such key");
  }
}

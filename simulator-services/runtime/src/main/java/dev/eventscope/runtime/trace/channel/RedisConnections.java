package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.bus.BusSettings;
import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Single connections to the Redis a {@code redis://[user:password@]host:port[/db]} URI names, read
 * the way the Redis bus reads it. Single connections, not a pool: the trace channel has exactly
 * two users, the sending thread and the blocking reader, each with its own.
 */
final class RedisConnections {
  private final HostAndPort address;
  private final JedisClientConfig config;
  private final String shown;

  RedisConnections(String uri, Duration connectTimeout, Duration readTimeout) {
    this.shown = BusSettings.mask(uri);
    URI parsed;
    try {
      parsed = URI.create(uri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a Redis URI: " + shown);
    }
    if (!JedisURIHelper.isValid(parsed)) throw new IllegalArgumentException("not a redis:// or rediss:// URI: " + shown);
    int timeout = (int) Math.max(100, connectTimeout.toMillis());
    this.address = JedisURIHelper.getHostAndPort(parsed);
    this.config = DefaultJedisClientConfig.builder()
        .user(JedisURIHelper.getUser(parsed))
        .password(JedisURIHelper.getPassword(parsed))
        .database(JedisURIHelper.getDBIndex(parsed))
        .ssl(JedisURIHelper.isRedisSSLScheme(parsed))
        .connectionTimeoutMillis(timeout)
        .socketTimeoutMillis((int) Math.max(timeout, readTimeout.toMillis()))
        .clientName("eventscope-trace")
        .build();
  }

  String shown() {
    return shown;
  }

  /** A connection that answered a PING. */
  Jedis connect() {
    Jedis jedis = new Jedis(address, config);
    try {
      jedis.ping();
      return jedis;
    } catch (RuntimeException e) {
      jedis.close();
      throw e;
    }
  }
}

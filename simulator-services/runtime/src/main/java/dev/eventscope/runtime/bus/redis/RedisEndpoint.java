package dev.eventscope.runtime.bus.redis;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import java.net.URI;
import java.time.Duration;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * One Redis server as a {@code redis://[user:password@]host:port[/db]} URI says, and the only place
 * that knows its password: everything else sees {@link #shown()}, the URI without credentials.
 * The bus and the fleet's trace channel both reach Redis through it.
 */
public final class RedisEndpoint {
  private final HostAndPort address;
  private final JedisClientConfig config;
  private final String shown;

  private RedisEndpoint(HostAndPort address, JedisClientConfig config, String shown) {
    this.address = address;
    this.config = config;
    this.shown = shown;
  }

  public static RedisEndpoint of(String uri, Duration connectTimeout) {
    return of(uri, connectTimeout, Duration.ofSeconds(5));
  }

  /** @param readTimeout how long a read may wait for an answer (at least the connect timeout) */
  public static RedisEndpoint of(String uri, Duration connectTimeout, Duration readTimeout) {
    String shown = BusSettings.mask(uri);
    URI parsed;
    try {
      parsed = URI.create(uri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a Redis URI: " + shown);
    }
    if (!JedisURIHelper.isValid(parsed)) throw new IllegalArgumentException("not a redis:// or rediss:// URI: " + shown);
    int timeout = (int) Math.max(100, connectTimeout.toMillis());
    JedisClientConfig config = DefaultJedisClientConfig.builder()
        .user(JedisURIHelper.getUser(parsed))
        .password(JedisURIHelper.getPassword(parsed))
        .database(JedisURIHelper.getDBIndex(parsed))
        .ssl(JedisURIHelper.isRedisSSLScheme(parsed))
        .connectionTimeoutMillis(timeout)
        .socketTimeoutMillis((int) Math.max(timeout, readTimeout.toMillis()))
        .clientName("eventscope")
        .build();
    return new RedisEndpoint(JedisURIHelper.getHostAndPort(parsed), config, shown);
  }

  public String shown() {
    return shown;
  }

  /** A connection of its own, for a reader that blocks on it. */
  public Jedis connect() {
    Jedis jedis = new Jedis(address, config);
    try {
      jedis.ping();
      return jedis;
    } catch (RuntimeException e) {
      jedis.close();
      throw e;
    }
  }

  JedisPooled pool(int size) {
    GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(size);
    pool.setMaxIdle(size);
    pool.setJmxEnabled(false);
    return new JedisPooled(address, config, pool);
  }

  public BusUnavailableException unreachable(Exception cause) {
    return new BusUnavailableException("Redis at " + shown + " is not reachable: " + rootMessage(cause), cause);
  }

  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return BusSettings.mask(message);
  }
}

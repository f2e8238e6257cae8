package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.redis.RedisEndpoint;
import dev.eventscope.runtime.trace.Hop;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAddParams;

/**
 * The trace channel on Redis: one stream, capped at about {@value #CAP} entries (a trace is for
 * watching, not for keeping), field {@code body} holding a batch. Readers use plain XREAD, no
 * consumer group: a group would share the entries out, while every process must read all of them.
 */
public final class RedisTraceChannel implements TraceChannel {
  static final long CAP = 10_000;
  static final String BODY = "body";
  /** How long one XREAD waits: also how long closing may take. */
  static final Duration BLOCK = Duration.ofMillis(500);

  private final String stream;
  private final String process;
  private final RedisEndpoint redis;
  private final Receivers receivers;
  private final PublishQueue publisher;
  private final XAddParams capped = XAddParams.xAddParams().maxLen(CAP).approximateTrimming();
  /** Used by the publishing thread only; made again after a failure. */
  private Jedis sending;
  private volatile RedisTraceReader reader;

  public RedisTraceChannel(BusSettings settings, String process) {
    this(settings, process, TraceChannels.defaultName(settings));
  }

  /** @param stream the channel's stream key; tests use their own */
  public RedisTraceChannel(BusSettings settings, String process, String stream) {
    this.stream = stream;
    this.process = process;
    this.redis = RedisEndpoint.of(settings.redisUri(), settings.connectTimeout(), BLOCK.multipliedBy(4));
    HopBatchCodec codec = new HopBatchCodec();
    this.receivers = new Receivers(process, codec);
    try {
      this.sending = redis.connect();
    } catch (JedisException e) {
      throw redis.unreachable(e);
    }
    this.publisher = new PublishQueue("redis-" + process, process, codec, this::send, new Outage("redis " + stream + " at " + redis.shown()),
        settings.connectTimeout());
  }

  private void send(byte[] message) {
    try {
      if (sending == null) sending = redis.connect();
      sending.xadd(stream, capped, Map.of(BODY, new String(message, StandardCharsets.UTF_8)));
    } catch (JedisException e) {
      if (sending != null) sending.close();
      sending = null;
      throw e;
    }
  }

  @Override
  public String strategy() {
    return "redis";
  }

  @Override
  public void publish(List<Hop> hops) {
    publisher.offer(hops);
  }

  /** The first listener starts the reader, which knows the stream's last entry before this returns. */
  @Override
  public synchronized void subscribe(Consumer<List<Hop>> listener) {
    if (receivers.add(listener)) {
      try {
        reader = RedisTraceReader.start(redis, stream, process, receivers);
      } catch (JedisException e) {
        throw redis.unreachable(e);
      }
    }
  }

  @Override
  public long dropped() {
    return publisher.dropped();
  }

  @Override
  public synchronized void close() {
    publisher.close();
    if (reader != null) reader.stop();
    reader = null;
    Jedis last = sending;
    if (last != null) last.close();
  }
}

package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;

class RedisTraceChannelTest extends TraceChannelContract {

  @BeforeAll
  static void redisIsThere() {
    BusFixtures.assumeListening("127.0.0.1", 6379, "Redis");
  }

  @Override
  protected TraceChannel newChannel(BusSettings settings, String process) {
    return new RedisTraceChannel(settings, process);
  }

  @Override
  protected void publishRaw(BusSettings settings, byte[] message) {
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      redis.xadd(channelName(), StreamEntryID.NEW_ENTRY, Map.of(RedisTraceChannel.BODY, new String(message, StandardCharsets.UTF_8)));
    }
  }

  @Override
  protected void removeBrokerState(BusSettings settings) {
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      redis.del(channelName());
    }
  }
}

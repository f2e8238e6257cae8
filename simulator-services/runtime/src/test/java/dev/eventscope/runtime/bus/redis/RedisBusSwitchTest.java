package dev.eventscope.runtime.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.SwitchingRun;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.system.BusSwitch;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

class RedisBusSwitchTest {
  private final BusSettings settings = BusFixtures.settings(BusFixtures.uniquePrefix());

  @BeforeAll
  static void redisIsThere() {
    BusFixtures.assumeListening("127.0.0.1", 6379, "Redis");
  }

  @AfterEach
  void removeStreams() {
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      for (String key : redis.keys(settings.prefix() + ":*")) redis.del(key);
    }
  }

  @Test
  void switching_between_memory_and_redis_twelve_times_under_load_loses_nothing_and_applies_nothing_twice() throws Exception {
    Supplier<EventBus> memory = InMemoryEventBus::new;
    Supplier<EventBus> redis = () -> new RedisStreamsEventBus(settings, BusFixtures.CODEC);

    List<BusSwitch> switches = SwitchingRun.run(List.of(memory, redis), 12, Duration.ofMillis(150));

    assertThat(switches).extracting(BusSwitch::to).contains("redis", "memory");
  }
}

package dev.eventscope.runtime.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.LoadedSystem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A private Redis killed and restarted empty while the system runs under load. */
class RedisOutageTest {

  @Test
  void a_redis_that_restarts_empty_mid_run_delays_delivery_but_loses_and_doubles_nothing() throws Exception {
    try (PrivateRedis redis = PrivateRedis.started(BusFixtures.unusedPort())) {
      BusSettings settings = BusFixtures.settings(BusFixtures.uniquePrefix()).withRedisUri(redis.uri());
      try (LoadedSystem loaded = LoadedSystem.start(new RedisStreamsEventBus(settings, BusFixtures.CODEC))) {
        Thread.sleep(400);
        redis.kill();
        await().atMost(Duration.ofSeconds(5)).until(() -> !loaded.system().bus().health().healthy());
        Thread.sleep(700);
        redis.start();
        Thread.sleep(400);
        loaded.stopLoad();

        long stored = loaded.assertEveryEventAppliedOnceInOrder();
        assertThat(stored).isGreaterThan(100);
        assertThat(loaded.system().bus().health().healthy()).isTrue();
      }
    }
  }
}

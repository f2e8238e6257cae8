package dev.eventscope.services.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.TcpProxy;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.simulation.SimulationConfig.BusSwitching;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broker that is away when its turn comes is skipped; the cycle goes on, and reaching it later clears the failure. */
class BusCyclerTest {
  private static final Duration EVERY = Duration.ofMillis(150);

  @Test
  void a_broker_that_never_answers_is_skipped_and_reported() throws Exception {
    BusSettings nowhere = BusFixtures.settings(BusFixtures.uniquePrefix()).withRedisUri("redis://127.0.0.1:" + BusFixtures.unusedPort())
        .withConnectTimeout(Duration.ofMillis(500));
    try (EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
        BusCycler cycler = new BusCycler(system, new BusSwitching(List.of("memory", "redis"), EVERY), nowhere).start()) {
      Thread.sleep(2_000);

      assertThat(cycler.failure()).contains("switching to redis failed");
      assertThat(system.busSwitches()).as("the memory turns still switch").isNotEmpty();
      assertThat(system.bus().strategy()).isEqualTo("memory");
    }
  }

  @Test
  void a_broker_back_after_a_failed_turn_is_reached_and_nothing_is_reported() throws Exception {
    BusFixtures.assumeRedisAndRabbitMq();
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", 6379)) {
      proxy.cut();
      BusSettings brokers = BusFixtures.settings(BusFixtures.uniquePrefix()).withRedisUri("redis://127.0.0.1:" + proxy.port())
          .withConnectTimeout(Duration.ofMillis(500));
      try (EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
          BusCycler cycler = new BusCycler(system, new BusSwitching(List.of("memory", "redis"), EVERY), brokers).start()) {
        Thread.sleep(1_200);
        assertThat(cycler.failure()).contains("switching to redis failed");
        proxy.restore();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (cycler.failure() != null && System.nanoTime() < deadline) Thread.sleep(100);

        assertThat(cycler.failure()).as("redis reached after it came back").isNull();
      } finally {
        BusFixtures.removeRedisAndRabbitMqState(brokers);
      }
    }
  }
}

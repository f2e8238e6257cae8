package dev.eventscope.runtime.bus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.bus.kafka.KafkaEventBus;
import dev.eventscope.runtime.bus.kafka.SharedKafka;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.bus.rabbitmq.RabbitMqEventBus;
import dev.eventscope.runtime.bus.redis.RedisStreamsEventBus;
import dev.eventscope.runtime.system.BusSwitch;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The headline run: all four strategies, switched round under load, nothing lost or doubled. */
class AllStrategiesSwitchTest {
  private final BusSettings settings = BusFixtures.settings(BusFixtures.uniquePrefix())
      .withKafkaBootstrap(SharedKafka.broker().bootstrap());

  @BeforeAll
  static void brokersAreThere() {
    BusFixtures.assumeRedisAndRabbitMq();
  }

  @AfterEach
  void removeBrokerState() {
    BusFixtures.removeBrokerState(settings);
  }

  @Test
  void switching_among_all_four_strategies_twelve_times_under_load_loses_nothing_and_applies_nothing_twice() throws Exception {
    List<Supplier<EventBus>> strategies = List.of(
        InMemoryEventBus::new,
        () -> new RedisStreamsEventBus(settings, BusFixtures.CODEC),
        () -> new RabbitMqEventBus(settings, BusFixtures.CODEC),
        () -> new KafkaEventBus(settings, BusFixtures.CODEC));

    List<BusSwitch> switches = SwitchingRun.run(strategies, 12, Duration.ofMillis(200));

    assertThat(switches).extracting(BusSwitch::to).contains("memory", "redis", "rabbitmq", "kafka");
    assertThat(switches).allMatch(BusSwitch::drained);
  }
}

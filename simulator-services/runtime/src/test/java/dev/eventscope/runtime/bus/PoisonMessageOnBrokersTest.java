package dev.eventscope.runtime.bus;

import dev.eventscope.runtime.testing.AppendingContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.runtime.bus.kafka.KafkaEventBus;
import dev.eventscope.runtime.bus.kafka.KafkaTestAdmin;
import dev.eventscope.runtime.bus.kafka.SharedKafka;
import dev.eventscope.runtime.bus.rabbitmq.RabbitAdmin;
import dev.eventscope.runtime.bus.rabbitmq.RabbitMqEventBus;
import dev.eventscope.runtime.bus.redis.RedisStreamsEventBus;
import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.system.SystemOptions;
import dev.eventscope.runtime.testing.RecordingSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.JedisPooled;

/**
 * A handler that keeps failing on one message, on each real broker: the message is tried N times
 * and parked, the later events of its aggregate wait behind it, other aggregates keep flowing.
 */
class PoisonMessageOnBrokersTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"redis", "rabbitmq", "kafka"})
  void a_poison_message_is_parked_after_n_tries_while_other_aggregates_keep_flowing(String strategy) {
    if (!strategy.equals("kafka")) {
      BusFixtures.assumeListening("127.0.0.1", strategy.equals("redis") ? 6379 : 5672, strategy);
    }
    BusSettings settings = BusFixtures.settings(BusFixtures.uniquePrefix()).withKafkaBootstrap(SharedKafka.broker().bootstrap());
    UUID poisoned = UUID.randomUUID();
    UUID healthy = UUID.randomUUID();
    RecordingSubscriber projection = new RecordingSubscriber("projection");
    projection.failOn(event -> event.aggregateId().equals(poisoned.toString()) && event.version() == 2);
    SystemOptions options = SystemOptions.defaults(OrderFulfilmentContracts.registry());
    try (EventSystem system = EventSystem.start(options, new InMemoryBackend(), bus(strategy, settings),
        List.of(new AppendingContext(List.of(projection))))) {
      for (int i = 1; i <= 20; i++) {
        if (i <= 3) system.mediator().send(new ConfirmOrder(poisoned), "test");
        system.mediator().send(new ConfirmOrder(healthy), "test");
      }

      assertThat(system.awaitQuiescent(Duration.ofSeconds(30))).isTrue();
      assertThat(versionsOf(projection, healthy)).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
      assertThat(versionsOf(projection, poisoned)).containsExactly(1L);
      assertThat(system.deadLetters()).extracting(letter -> letter.event().version()).containsExactlyInAnyOrder(2L, 3L);
      DeadLetter poison = system.deadLetters().stream().filter(letter -> letter.event().version() == 2).findFirst().orElseThrow();
      assertThat(poison.attempts()).isEqualTo(options.deliveryAttempts());
    } finally {
      clean(strategy, settings);
    }
  }

  private static List<Long> versionsOf(RecordingSubscriber subscriber, UUID aggregate) {
    return subscriber.handled().stream().filter(e -> e.aggregateId().equals(aggregate.toString())).map(StoredEvent::version).toList();
  }

  private static EventBus bus(String strategy, BusSettings settings) {
    return switch (strategy) {
      case "redis" -> new RedisStreamsEventBus(settings, BusFixtures.CODEC);
      case "rabbitmq" -> new RabbitMqEventBus(settings, BusFixtures.CODEC);
      default -> new KafkaEventBus(settings, BusFixtures.CODEC);
    };
  }

  private static void clean(String strategy, BusSettings settings) {
    switch (strategy) {
      case "redis" -> {
        try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
          for (String key : redis.keys(settings.prefix() + ":*")) redis.del(key);
        }
      }
      case "rabbitmq" -> RabbitAdmin.deleteAll(settings);
      default -> KafkaTestAdmin.deleteTopics(settings.kafkaBootstrap(), settings.prefix());
    }
  }
}

package dev.eventscope.runtime.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.kafka.KafkaEventBus;
import dev.eventscope.runtime.bus.kafka.SharedKafka;
import dev.eventscope.runtime.bus.rabbitmq.RabbitMqEventBus;
import dev.eventscope.runtime.bus.redis.RedisStreamsEventBus;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.system.SystemOptions;
import dev.eventscope.runtime.testing.AppendingContext;
import dev.eventscope.runtime.testing.RecordingSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fault, the outage included, works on every real broker, and the runtime absorbs it there too. */
class FaultsOnEveryBrokerTest {
  private static final int AGGREGATES = 10;
  private static final int EVENTS_EACH = 30;

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

  @ParameterizedTest
  @ValueSource(strings = {"kafka", "rabbitmq", "redis"})
  void drops_duplicates_reordering_latency_and_an_outage_lose_nothing_and_double_nothing(String strategy) throws Exception {
    RecordingSubscriber recorder = new RecordingSubscriber("recorder");
    List<UUID> aggregates = IntStream.range(0, AGGREGATES).mapToObj(i -> UUID.randomUUID()).toList();
    try (EventSystem system = EventSystem.start(SystemOptions.defaults(OrderFulfilmentContracts.registry()), new InMemoryBackend(),
        bus(strategy), List.of(new AppendingContext(List.of(recorder))))) {
      system.faults().update(f -> f.withBus(new BusFaults(Latency.uniform(0, 2), 0.05, 0.2, 0.1)));
      for (int i = 0; i < EVENTS_EACH; i++) {
        if (i == EVENTS_EACH / 3) system.faults().update(f -> f.withOutage(true));
        if (i == EVENTS_EACH / 2) {
          Thread.sleep(500);
          assertThat(system.bus().health().healthy()).isFalse();
          system.faults().update(f -> f.withOutage(false));
        }
        for (UUID aggregate : aggregates) system.mediator().send(new ConfirmOrder(aggregate), "test");
      }

      assertThat(system.awaitQuiescent(Duration.ofSeconds(60))).isTrue();
      assertThat(system.bus().strategy()).isEqualTo(strategy);
      for (String kind : List.of(FaultRecorder.DROPPED, FaultRecorder.DUPLICATED, FaultRecorder.REORDERED, FaultRecorder.OUTAGE)) {
        assertThat(system.metrics().get(FaultRecorder.counter(kind))).as(kind).isPositive();
      }
      List<StoredEvent> handled = recorder.handled();
      assertThat(handled.stream().map(StoredEvent::position).toList()).doesNotHaveDuplicates().hasSize(AGGREGATES * EVENTS_EACH);
      for (UUID aggregate : aggregates) {
        assertThat(handled.stream().filter(e -> e.aggregateId().equals(aggregate.toString())).map(StoredEvent::version).toList())
            .hasSize(EVENTS_EACH).isSorted();
      }
    }
  }

  private EventBus bus(String strategy) {
    return switch (strategy) {
      case "kafka" -> new KafkaEventBus(settings, BusFixtures.CODEC);
      case "rabbitmq" -> new RabbitMqEventBus(settings, BusFixtures.CODEC);
      default -> new RedisStreamsEventBus(settings, BusFixtures.CODEC);
    };
  }
}

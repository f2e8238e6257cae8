package dev.eventscope.runtime.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.LoadedSystem;
import dev.eventscope.runtime.bus.SwitchingRun;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.system.BusSwitch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole system on Kafka: switched to and from it under load, and its broker restarted mid-run. */
class KafkaSystemTest {

  @Test
  void switching_between_memory_and_kafka_twelve_times_under_load_loses_nothing_and_applies_nothing_twice() throws Exception {
    BusSettings settings = BusFixtures.settings(BusFixtures.uniquePrefix()).withKafkaBootstrap(SharedKafka.broker().bootstrap());
    Supplier<EventBus> memory = InMemoryEventBus::new;
    Supplier<EventBus> kafka = () -> new KafkaEventBus(settings, BusFixtures.CODEC);
    try {
      List<BusSwitch> switches = SwitchingRun.run(List.of(memory, kafka), 12, Duration.ofMillis(150));
      assertThat(switches).extracting(BusSwitch::to).contains("kafka", "memory");
    } finally {
      KafkaTestAdmin.deleteTopics(settings.kafkaBootstrap(), settings.prefix());
    }
  }

  @Test
  void a_broker_stopped_and_restarted_mid_run_delays_delivery_but_loses_and_doubles_nothing(@TempDir Path data) throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data)) {
      BusSettings settings = BusFixtures.settings(BusFixtures.uniquePrefix()).withKafkaBootstrap(broker.bootstrap());
      try (LoadedSystem loaded = LoadedSystem.start(new KafkaEventBus(settings, BusFixtures.CODEC), 200)) {
        Thread.sleep(1_000);
        broker.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !loaded.system().bus().health().healthy());
        Thread.sleep(500);
        broker.startAgain();
        await().atMost(Duration.ofSeconds(20)).until(() -> loaded.system().bus().health().healthy());
        Thread.sleep(300);
        loaded.stopLoad();

        assertThat(loaded.assertEveryEventAppliedOnceInOrder()).isGreaterThan(100);
      }
    }
  }
}

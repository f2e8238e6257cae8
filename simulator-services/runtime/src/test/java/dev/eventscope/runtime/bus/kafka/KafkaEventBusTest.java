package dev.eventscope.runtime.bus.kafka;

import static dev.eventscope.runtime.bus.BusFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventBusContract;
import dev.eventscope.runtime.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

class KafkaEventBusTest extends EventBusContract {

  @Override
  protected BusSettings settings() {
    return super.settings().withKafkaBootstrap(SharedKafka.broker().bootstrap());
  }

  @Override
  protected EventBus newBus(BusSettings settings) {
    return new KafkaEventBus(settings, BusFixtures.CODEC);
  }

  @Override
  protected long deadLetters(BusSettings settings) {
    return KafkaTestAdmin.records(settings.kafkaBootstrap(), settings.prefix() + ".orders.events.dlt");
  }

  @Override
  protected void publishRaw(BusSettings settings, String context, byte[] body) {
    KafkaTestAdmin.send(settings.kafkaBootstrap(), settings.prefix() + "." + context + ".events", body);
  }

  @Override
  protected BusSettings pointedAtNothing(BusSettings settings, int port) {
    return settings.withKafkaBootstrap("127.0.0.1:" + port);
  }

  @Override
  protected void removeBrokerState(BusSettings settings) {
    KafkaTestAdmin.deleteTopics(settings.kafkaBootstrap(), settings.prefix());
  }

  @Test
  void publishes_the_documented_wire_format() throws Exception {
    BusSettings settings = settings();
    EventBus bus = open(settings);
    bus.start();
    StoredEvent sent = event(7, UUID.randomUUID(), 1);
    bus.publish(sent);

    try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap(),
        ConsumerConfig.GROUP_ID_CONFIG, "wire-check-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
      reader.subscribe(List.of(settings.prefix() + ".orders.events"));
      ConsumerRecord<String, byte[]> record = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (record == null && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) record = r;
      }
      assertThat(record).isNotNull();
      assertThat(record.key()).isEqualTo(sent.aggregateId());
      assertThat(new String(record.headers().lastHeader("es-message-id").value(), StandardCharsets.UTF_8))
          .isEqualTo(sent.envelope().messageId().toString());
      assertThat(new String(record.headers().lastHeader("es-type").value(), StandardCharsets.UTF_8)).isEqualTo("OrderConfirmed");
      assertThat(new String(record.headers().lastHeader("es-correlation-id").value(), StandardCharsets.UTF_8))
          .isEqualTo(sent.envelope().correlationId().toString());
      assertThat(BusFixtures.CODEC.mapper().readTree(record.value()).get("position").asLong()).isEqualTo(7);
    }
  }
}

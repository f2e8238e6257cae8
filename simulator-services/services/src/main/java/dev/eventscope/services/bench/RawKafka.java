package dev.eventscope.services.bench;

import dev.eventscope.runtime.bus.BusSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * kafka-clients alone: an idempotent producer with {@code acks=all} (key = aggregate id, the same
 * headers), a topic with the bus's three partitions, and a consumer that commits each poll's
 * offsets after it took the records.
 */
final class RawKafka implements RawClient {
  private final BusSettings settings;
  private final BenchNames names;
  private final KafkaProducer<String, byte[]> producer;
  private final LongAdder consumed = new LongAdder();
  private RawReader reader;

  RawKafka(BusSettings settings, BenchNames names) {
    this.settings = settings;
    this.names = names;
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()))) {
      admin.createTopics(List.of(new NewTopic(names.rawTopic(), Optional.of(3), Optional.empty()))).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topic " + names.rawTopic() + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    this.producer = new KafkaProducer<>(p);
  }

  @Override
  public void start() {
    startReader();
  }

  @Override
  public long move(List<RawMessage> messages, int batch) {
    long target = consumed.sum() + messages.size();
    long started = System.nanoTime();
    send(messages, batch);
    BusBenchmark.await(consumed, target);
    return System.nanoTime() - started;
  }

  private void send(List<RawMessage> messages, int batch) {
    List<Future<RecordMetadata>> sent = new ArrayList<>(batch);
    for (int from = 0; from < messages.size(); from += batch) {
      sent.clear();
      for (RawMessage message : messages.subList(from, Math.min(messages.size(), from + batch))) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(names.rawTopic(), message.key(), message.body());
        message.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        sent.add(producer.send(record));
      }
      try {
        for (Future<RecordMetadata> future : sent) future.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("raw Kafka producer failed: " + e.getCause(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private void startReader() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, names.raw());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "256");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    reader = RawReader.start("bench-raw-kafka", running -> {
      try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
        consumer.subscribe(List.of(names.rawTopic()));
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        while (running.getAsBoolean()) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
            consumed.increment();
          }
          if (!offsets.isEmpty()) {
            consumer.commitSync(offsets, Duration.ofSeconds(5));
            offsets.clear();
          }
        }
      }
    });
  }

  @Override
  public void close() {
    if (reader != null) reader.stop(Duration.ofSeconds(10));
    producer.close(Duration.ofSeconds(5));
  }
}

package dev.eventscope.runtime.bus.kafka;

import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.bus.broker.ConsumerRetry;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's member of its consumer group: a thread that owns a KafkaConsumer (they are not
 * thread-safe), hands records over in partition order and commits an offset only once the
 * subscriber took the record before it. Offsets it could not commit (broker away) are kept and
 * committed later; records after an uncommitted offset come again to the next member, and the
 * subscriber recognises them.
 */
final class TopicConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(TopicConsumer.class);
  private static final Duration POLL = Duration.ofMillis(100);

  private final String group;
  private final List<String> topics;
  private final EventConsumer consumer;
  private final EventWire wire;
  private final Properties properties;
  private final BiConsumer<ConsumerRecord<String, byte[]>, String> deadLetter;
  private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
  private volatile boolean running;
  private Thread thread;

  TopicConsumer(String group, List<String> topics, EventConsumer consumer, EventWire wire, String bootstrap,
      BiConsumer<ConsumerRecord<String, byte[]>, String> deadLetter) {
    this.group = group;
    this.topics = List.copyOf(topics);
    this.consumer = consumer;
    this.wire = wire;
    this.deadLetter = deadLetter;
    this.properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventscope-" + group);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // Only reached when a group lost its positions (the broker lost data): read all that is there.
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "256");
    properties.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
    // A member that died (a killed service process) holds its partitions until its session ends:
    // 10 s instead of Kafka's 45 s, so the group's other or restarted members take over sooner.
    properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
    properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "3000");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
  }

  String group() {
    return group;
  }

  List<String> topics() {
    return topics;
  }

  void start() {
    running = true;
    thread = new Thread(this::run, "bus-kafka-" + group);
    thread.setDaemon(true);
    thread.start();
  }

  void stop() {
    running = false;
    if (thread == null) return;
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(properties)) {
      kafka.subscribe(topics, new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          commit(kafka);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          LOG.debug("{} reads {}", group, partitions);
        }
      });
      while (running) {
        try {
          for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
            if (!deliver(record)) {
              // Closing before the subscriber took it: commit what came before and stop here.
              break;
            }
            uncommitted.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
          }
          commit(kafka);
        } catch (KafkaException e) {
          LOG.warn("{} could not read from Kafka: {}", group, e.toString());
          sleep(500);
        }
      }
      commit(kafka);
    } catch (RuntimeException e) {
      LOG.error("{} consumer failed", group, e);
    }
  }

  private boolean deliver(ConsumerRecord<String, byte[]> record) {
    StoredEvent event;
    try {
      event = wire.decode(record.value());
    } catch (ContractException e) {
      LOG.error("{} cannot read {}-{}@{}: {}; sent to the dead-letter topic", group, record.topic(), record.partition(), record.offset(),
          e.getMessage());
      deadLetter.accept(record, "unreadable: " + e.getMessage());
      return true;
    }
    return ConsumerRetry.untilTaken(consumer, event, () -> running, group);
  }

  private void commit(KafkaConsumer<String, byte[]> kafka) {
    if (uncommitted.isEmpty()) return;
    try {
      kafka.commitSync(uncommitted, Duration.ofSeconds(5));
      uncommitted.clear();
    } catch (CommitFailedException e) {
      // The partitions went to another member meanwhile: it reads these records again.
      uncommitted.clear();
    } catch (KafkaException e) {
      // Kept for the next round; if this member loses its partitions first, the next one reads
      // those records again and the subscriber recognises them.
      LOG.debug("{} could not commit yet: {}", group, e.toString());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

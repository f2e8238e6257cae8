package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that owns a KafkaConsumer (they are not thread-safe) on every partition of the
 * trace topic. The consumer is placed at the end before the thread starts, so "from now on"
 * means from the moment {@code subscribe} returned, not from whenever the thread first polled.
 * No group, no commits: nothing of this reader stays on the broker.
 */
final class KafkaTraceReader {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaTraceReader.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Receivers receivers;
  private final Outage outage;
  private final Thread thread;
  private volatile boolean running = true;

  private KafkaTraceReader(KafkaConsumer<String, byte[]> consumer, Receivers receivers, Outage outage, String process) {
    this.consumer = consumer;
    this.receivers = receivers;
    this.outage = outage;
    this.thread = new Thread(this::run, "trace-kafka-" + process);
    thread.setDaemon(true);
  }

  static KafkaTraceReader start(BusSettings settings, String topic, String process, Receivers receivers) {
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties(settings, process));
    try {
      Duration timeout = settings.connectTimeout();
      List<TopicPartition> partitions = partitions(consumer, topic, timeout);
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      // seekToEnd is lazy; asking the position settles it now.
      partitions.forEach(p -> consumer.position(p, timeout));
    } catch (RuntimeException e) {
      consumer.close(CloseOptions.timeout(Duration.ZERO));
      throw e;
    }
    KafkaTraceReader reader = new KafkaTraceReader(consumer, receivers,
        new Outage("kafka " + topic + " at " + BusSettings.mask(settings.kafkaBootstrap())), process);
    reader.thread.start();
    return reader;
  }

  /** Every partition of the topic; one made a moment ago may take a few tries to show in the metadata. */
  private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<PartitionInfo> found = consumer.partitionsFor(topic, timeout);
      if (found != null && !found.isEmpty()) return found.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      if (System.nanoTime() > deadline) throw new BusUnavailableException("Kafka has no partitions of trace topic " + topic, null);
      pause(50);
    }
  }

  private static Properties properties(BusSettings settings, String process) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventscope-trace-reader-" + process);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    p.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
  }

  private void run() {
    try {
      while (running) {
        try {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) receivers.deliver(record.value());
          outage.working();
        } catch (WakeupException e) {
          // stop() wants the thread back.
        } catch (KafkaException e) {
          outage.failed("could not read: " + e);
          if (!pause(500)) running = false;
        }
      }
    } finally {
      try {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
      } catch (RuntimeException e) {
        LOG.debug("closing the trace reader: {}", e.toString());
      }
    }
  }

  void stop() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** @return false when interrupted */
  private static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.trace.Hop;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The trace channel on Kafka: one topic (one partition: the fleet's trace has no key worth
 * spreading), made when missing. Each process reads every partition itself, assigned by hand and
 * starting at the end, with no consumer group: a group would share the records out among the
 * processes (and keep offsets), while every process must see every other process's hops, from
 * now on. Records are keyed by process id. {@code acks=1} and no idempotence: losing a hop in a
 * leader change is fine for a trace.
 */
public final class KafkaTraceChannel implements TraceChannel {
  private final BusSettings settings;
  private final String topic;
  private final String process;
  private final Receivers receivers;
  private final KafkaProducer<String, byte[]> producer;
  private final PublishQueue publisher;
  private volatile KafkaTraceReader reader;

  public KafkaTraceChannel(BusSettings settings, String process) {
    this(settings, process, TraceChannels.defaultName(settings));
  }

  /** @param topic the channel's topic; tests use their own */
  public KafkaTraceChannel(BusSettings settings, String process, String topic) {
    this.settings = settings;
    this.topic = topic;
    this.process = process;
    HopBatchCodec codec = new HopBatchCodec();
    this.receivers = new Receivers(process, codec);
    createTopic(settings, topic);
    this.producer = new KafkaProducer<>(producerProperties(settings, process));
    Outage outage = new Outage("kafka " + topic + " at " + BusSettings.mask(settings.kafkaBootstrap()));
    long sendTimeout = settings.connectTimeout().toMillis() * 2;
    this.publisher = new PublishQueue("kafka-" + process, process, codec,
        message -> producer.send(new ProducerRecord<>(topic, process, message)).get(sendTimeout, TimeUnit.MILLISECONDS),
        outage, Duration.ofMillis(sendTimeout));
  }

  private static void createTopic(BusSettings settings, String topic) {
    long timeout = settings.connectTimeout().toMillis();
    try (Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap(),
        AdminClientConfig.CLIENT_ID_CONFIG, "eventscope-trace-admin",
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout),
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeout)))) {
      admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all().get(timeout, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) throw unavailable(settings, topic, e.getCause());
    } catch (TimeoutException e) {
      throw unavailable(settings, topic, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(settings, topic, e);
    }
  }

  private static BusUnavailableException unavailable(BusSettings settings, String topic, Throwable cause) {
    return new BusUnavailableException("Kafka at " + BusSettings.mask(settings.kafkaBootstrap()) + " did not make trace topic " + topic
        + ": " + cause, cause);
  }

  private static Properties producerProperties(BusSettings settings, String process) {
    long timeout = settings.connectTimeout().toMillis();
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "eventscope-trace-" + process);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
    p.put(ProducerConfig.ACKS_CONFIG, "1");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout));
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout));
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout * 2));
    p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  @Override
  public String strategy() {
    return "kafka";
  }

  @Override
  public void publish(List<Hop> hops) {
    publisher.offer(hops);
  }

  /** The first listener starts the reader, positioned at the end before this returns. */
  @Override
  public synchronized void subscribe(Consumer<List<Hop>> listener) {
    if (receivers.add(listener)) reader = KafkaTraceReader.start(settings, topic, process, receivers);
  }

  @Override
  public long dropped() {
    return publisher.dropped();
  }

  @Override
  public synchronized void close() {
    publisher.close();
    producer.close(Duration.ofSeconds(2));
    if (reader != null) reader.stop();
    reader = null;
  }
}

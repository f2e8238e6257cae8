package dev.eventscope.runtime.bus.kafka;

import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka as the event bus: topic {@code <prefix>.<context>.events}, key = aggregate id, an
 * idempotent producer with {@code acks=all} whose publish returns once the broker has the record,
 * a consumer group per subscriber (named after it). Connects when built: a broker that does not
 * answer fails at once with its address.
 */
public final class KafkaEventBus implements EventBus {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaEventBus.class);

  private final BusSettings settings;
  private final String shown;
  private final EventWire wire;
  private final Admin adminClient;
  private final KafkaAdmin admin;
  private final KafkaProducer<String, byte[]> producer;
  private final List<TopicConsumer> consumers = new CopyOnWriteArrayList<>();
  private volatile boolean started;

  public KafkaEventBus(BusSettings settings, JsonCodec codec) {
    this.settings = settings;
    this.shown = BusSettings.mask(settings.kafkaBootstrap());
    this.wire = new EventWire(codec);
    Duration timeout = settings.connectTimeout();
    BootstrapProbe.anyListening(settings.kafkaBootstrap(), timeout);
    this.adminClient = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap(),
        AdminClientConfig.CLIENT_ID_CONFIG, "eventscope-admin",
        AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "200",
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000"));
    this.admin = new KafkaAdmin(adminClient, timeout, shown);
    try {
      admin.ping();
    } catch (RuntimeException e) {
      adminClient.close(Duration.ZERO);
      throw e;
    }
    this.producer = new KafkaProducer<>(producerProperties(settings.kafkaBootstrap(), timeout));
  }

  private static Properties producerProperties(String bootstrap, Duration timeout) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "eventscope-outbox");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    // A publish that cannot complete must fail in seconds (the outbox retries), not hang.
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout.toMillis()));
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis() * 2));
    p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  @Override
  public String strategy() {
    return "kafka";
  }

  String topic(String context) {
    return settings.prefix() + "." + context + ".events";
  }

  @Override
  public void subscribe(String subscriber, Set<String> contexts, EventConsumer consumer) {
    if (started) throw new IllegalStateException("subscribe before start");
    List<String> topics = new TreeSet<>(contexts).stream().map(this::topic).toList();
    consumers.add(new TopicConsumer(subscriber, topics, consumer, wire, settings.kafkaBootstrap(), this::deadLetter));
  }

  @Override
  public void start() {
    for (TopicConsumer consumer : consumers) {
      admin.ensureTopics(consumer.topics());
      admin.startNewGroupAtEnd(consumer.group(), consumer.topics());
    }
    consumers.forEach(TopicConsumer::start);
    started = true;
    LOG.info("kafka bus on {} with {} subscribers (prefix {})", shown, consumers.size(), settings.prefix());
  }

  @Override
  public void publish(StoredEvent event) {
    String topic = topic(event.context());
    try {
      admin.ensureTopics(List.of(topic));
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.aggregateId(), wire.encode(event));
      EventWire.headers(event).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
      producer.send(record).get(settings.connectTimeout().toMillis() * 3, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw unavailable(event, e.getCause());
    } catch (TimeoutException | org.apache.kafka.common.KafkaException e) {
      throw unavailable(event, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(event, e);
    }
  }

  /** Sends the whole batch, then waits for every acknowledgement: one round trip instead of one per event. */
  @Override
  public void publishAll(List<StoredEvent> events) {
    if (events.size() == 1) {
      publish(events.get(0));
      return;
    }
    List<Future<?>> sent = new ArrayList<>(events.size());
    StoredEvent current = events.get(0);
    try {
      admin.ensureTopics(events.stream().map(event -> topic(event.context())).distinct().toList());
      for (StoredEvent event : events) {
        current = event;
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic(event.context()), event.aggregateId(), wire.encode(event));
        EventWire.headers(event).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        sent.add(producer.send(record));
      }
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.connectTimeout().toMillis() * 3);
      for (int i = 0; i < sent.size(); i++) {
        current = events.get(i);
        sent.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (ExecutionException e) {
      throw unavailable(current, e.getCause());
    } catch (TimeoutException | org.apache.kafka.common.KafkaException e) {
      throw unavailable(current, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(current, e);
    }
  }

  private BusUnavailableException unavailable(StoredEvent event, Throwable cause) {
    return new BusUnavailableException("Kafka at " + shown + " did not take event " + event.position() + ": " + cause, cause);
  }

  /** Keeps what no subscriber can read on {@code <topic>.dlt}, with who gave up and why. */
  private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    String topic = record.topic() + ".dlt";
    try {
      admin.ensureTopics(List.of(topic));
      ProducerRecord<String, byte[]> dead = new ProducerRecord<>(topic, record.key(), record.value());
      record.headers().forEach(header -> dead.headers().add(header));
      dead.headers().add("es-error", reason.getBytes(StandardCharsets.UTF_8));
      dead.headers().add("es-source", (record.topic() + "-" + record.partition() + "@" + record.offset()).getBytes(StandardCharsets.UTF_8));
      producer.send(dead).get(settings.connectTimeout().toMillis() * 3, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      LOG.error("could not keep unreadable record {}-{}@{} on {}: {}", record.topic(), record.partition(), record.offset(), topic, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean drain(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (consumers.stream().allMatch(c -> admin.caughtUp(c.group(), c.topics()))) return true;
      } catch (BusUnavailableException e) {
        LOG.debug("drain: {}", e.getMessage());
      }
      if (System.nanoTime() > deadline) return false;
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  @Override
  public BusHealth health() {
    try {
      adminClient.describeCluster().nodes().get(1, TimeUnit.SECONDS);
      return new BusHealth(strategy(), true, shown);
    } catch (ExecutionException | TimeoutException e) {
      return new BusHealth(strategy(), false, shown + " unreachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new BusHealth(strategy(), false, shown + " unknown (interrupted)");
    }
  }

  @Override
  public void close() {
    started = false;
    consumers.forEach(TopicConsumer::stop);
    producer.close(Duration.ofSeconds(5));
    adminClient.close(Duration.ofSeconds(5));
  }
}

package dev.eventscope.runtime.bus;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.bus.kafka.KafkaTestAdmin;
import dev.eventscope.runtime.bus.rabbitmq.RabbitAdmin;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.channel.TraceChannels;
import dev.eventscope.runtime.testing.TestEvents;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.JedisPooled;

/** Small factories the broker tests share: events at a position, unique names, reachability. */
public final class BusFixtures {
  public static final JsonCodec CODEC = new JsonCodec(OrderFulfilmentContracts.registry());

  private BusFixtures() {}

  /** A name prefix no other test run uses, so parallel runs on one broker do not meet. */
  public static String uniquePrefix() {
    return "estest-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Settings for tests: unique names, quick redelivery, a short connect timeout. */
  public static BusSettings settings(String prefix) {
    return BusSettings.defaults().withPrefix(prefix).withRedeliverAfter(Duration.ofMillis(500))
        .withConnectTimeout(Duration.ofSeconds(2)).withMaxDeliveries(3);
  }

  /** An event of the {@code orders} context: version {@code version} of {@code aggregate}, at {@code position}. */
  public static StoredEvent event(long position, UUID aggregate, long version) {
    return new StoredEvent(position, TestEvents.event(aggregate).inStream(aggregate.toString(), version));
  }

  /** The same, owned by another context (its envelope's source). */
  public static StoredEvent eventOf(String context, long position, UUID aggregate, long version) {
    Envelope<Event> e = TestEvents.event(aggregate).inStream(aggregate.toString(), version);
    return new StoredEvent(position, new Envelope<>(e.messageId(), e.type(), e.schemaVersion(), e.correlationId(), e.causationId(),
        e.occurredAt(), context, e.replay(), e.aggregateId(), e.version(), e.payload()));
  }

  /** Skips the test with a clear message when nothing answers on {@code host:port}. */
  public static void assumeListening(String host, int port, String what) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1_000);
    } catch (IOException e) {
      Assumptions.abort(what + " is not reachable on " + host + ":" + port + " (run scripts/ensure-services.sh): " + e.getMessage());
    }
  }

  /** Skips the test unless the local Redis and RabbitMQ answer (scripts/ensure-services.sh starts them). */
  public static void assumeRedisAndRabbitMq() {
    assumeListening("127.0.0.1", 6379, "Redis");
    assumeListening("127.0.0.1", 5672, "RabbitMQ");
  }

  /** Deletes what a test left on the three brokers under its settings' prefix. */
  public static void removeBrokerState(BusSettings settings) {
    removeRedisAndRabbitMqState(settings);
    KafkaTestAdmin.deleteTopics(settings.kafkaBootstrap(), settings.prefix());
  }

  /** The same for a test that never used Kafka (and should not start a broker to clean up). */
  public static void removeRedisAndRabbitMqState(BusSettings settings) {
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      for (String key : redis.keys(settings.prefix() + ":*")) redis.del(key);
      redis.del(TraceChannels.defaultName(settings)); // a fleet's trace channel
    }
    RabbitAdmin.deleteAll(settings);
  }

  /** A loopback port nothing listens on (it was free a moment ago). */
  public static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

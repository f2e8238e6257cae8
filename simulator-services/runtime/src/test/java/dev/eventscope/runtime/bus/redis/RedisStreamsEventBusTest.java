package dev.eventscope.runtime.bus.redis;

import static dev.eventscope.runtime.bus.BusFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventBusContract;
import dev.eventscope.runtime.bus.RecordingConsumer;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

class RedisStreamsEventBusTest extends EventBusContract {

  @BeforeAll
  static void redisIsThere() {
    BusFixtures.assumeListening("127.0.0.1", 6379, "Redis");
  }

  @Override
  protected EventBus newBus(BusSettings settings) {
    return new RedisStreamsEventBus(settings, BusFixtures.CODEC);
  }

  @Override
  protected long deadLetters(BusSettings settings) {
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      return redis.exists(settings.prefix() + ":orders:dead") ? redis.xlen(settings.prefix() + ":orders:dead") : 0;
    }
  }

  @Override
  protected void publishRaw(BusSettings settings, String context, byte[] body) {
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      redis.xadd(settings.prefix() + ":" + context + ":events", StreamEntryID.NEW_ENTRY,
          Map.of("body", new String(body, java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  @Override
  protected BusSettings pointedAtNothing(BusSettings settings, int port) {
    return settings.withRedisUri("redis://eventscope:s3cret@127.0.0.1:" + port);
  }

  @Override
  protected void removeBrokerState(BusSettings settings) {
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      for (String key : redis.keys(settings.prefix() + ":*")) redis.del(key);
    }
  }

  @Test
  void publishes_the_documented_wire_format() throws Exception {
    // No subscriber: acknowledged entries are trimmed away, and this test reads the stream itself.
    EventBus bus = open(settings());
    bus.start();
    StoredEvent sent = event(7, UUID.randomUUID(), 1);
    bus.publish(sent);

    try (JedisPooled redis = new JedisPooled(settings().redisUri())) {
      List<StreamEntry> entries = redis.xrange(prefix + ":orders:events", (StreamEntryID) null, null);
      assertThat(entries).hasSize(1);
      Map<String, String> fields = entries.get(0).getFields();
      assertThat(fields).containsEntry("es-message-id", sent.envelope().messageId().toString())
          .containsEntry("es-type", "OrderConfirmed")
          .containsEntry("es-correlation-id", sent.envelope().correlationId().toString());
      JsonNode body = BusFixtures.CODEC.mapper().readTree(fields.get("body"));
      assertThat(body.get("position").asLong()).isEqualTo(7);
      assertThat(body.get("aggregateId").asText()).isEqualTo(sent.aggregateId());
      assertThat(body.has("payload")).isTrue();
    }
  }

  @Test
  void nothing_is_lost_when_redis_restarts_empty_mid_run() throws Exception {
    try (PrivateRedis redis = PrivateRedis.started(BusFixtures.unusedPort())) {
      BusSettings settings = settings().withRedisUri(redis.uri());
      EventBus bus = open(settings);
      CountDownLatch release = new CountDownLatch(1);
      RecordingConsumer consumer = new RecordingConsumer();
      bus.subscribe("reader", Set.of("orders"), event -> {
        if (event.position() >= 2) waitFor(release);
        consumer.accept(event);
      });
      bus.start();
      UUID aggregate = UUID.randomUUID();
      for (int i = 1; i <= 10; i++) bus.publish(event(i, aggregate, i));
      await().atMost(Duration.ofSeconds(5)).until(() -> consumer.positions().contains(1L));

      redis.kill();
      release.countDown();
      assertThatThrownBy(() -> bus.publish(event(11, aggregate, 11))).isInstanceOf(BusUnavailableException.class)
          .hasMessageContaining(redis.uri());
      await().atMost(Duration.ofSeconds(5)).until(() -> !bus.health().healthy());

      redis.start();
      bus.publish(event(11, aggregate, 11));

      await().atMost(Duration.ofSeconds(15)).until(() -> consumer.positions().containsAll(LongStream.rangeClosed(1, 11).boxed().toList()));
      assertThat(bus.drain(Duration.ofSeconds(10))).isTrue();
      assertThat(bus.health().healthy()).isTrue();
    }
  }

  /**
   * What a SIGKILL leaves: a member of the group that read two entries, applied the first and
   * holds the second, unacknowledged, for ever. The next member is handed the aggregate's third
   * event first and, like a fleet's inbox, cannot take it before the second: it must still get the
   * second (claimed from the dead member) and then the third — within seconds, not after the
   * minute a silent member's entries are otherwise left to it.
   */
  @Test
  void an_entry_a_killed_member_held_reaches_the_next_member_while_its_successor_waits_for_it() {
    BusSettings settings = settings().withRedeliverAfter(Duration.ofMinutes(1));
    String stream = prefix + ":orders:events";
    UUID aggregate = UUID.randomUUID();
    EventBus publisher = open(settings);
    publisher.start();
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      redis.xgroupCreate(stream, "reader", new StreamEntryID(0, 0), true);
      publisher.publish(event(1, aggregate, 1));
      publisher.publish(event(2, aggregate, 2));
      List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup("reader", "killed-member",
          XReadGroupParams.xReadGroupParams().count(2), Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
      assertThat(read.get(0).getValue()).hasSize(2);
      redis.xack(stream, "reader", read.get(0).getValue().get(0).getID());
    }
    publisher.publish(event(3, aggregate, 3));

    EventBus restarted = open(settings);
    Set<Long> held = ConcurrentHashMap.newKeySet();
    held.add(1L);
    RecordingConsumer inbox = new RecordingConsumer().refusing(event -> !held.contains(event.version() - 1));
    restarted.subscribe("reader", Set.of("orders"), event -> {
      inbox.accept(event);
      held.add(event.version());
    });
    restarted.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> held.contains(3L));
    assertThat(inbox.refused()).as("the third was offered first, and waited").isNotEmpty();
    assertThat(inbox.versionsOf(aggregate.toString())).containsExactly(2L, 3L);
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }
}

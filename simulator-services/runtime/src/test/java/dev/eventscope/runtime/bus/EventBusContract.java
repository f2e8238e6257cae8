package dev.eventscope.runtime.bus;

import static dev.eventscope.runtime.bus.BusFixtures.event;
import static dev.eventscope.runtime.bus.BusFixtures.eventOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.store.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every broker strategy must do, run against the real broker: each strategy's test extends
 * this with how to build its bus, how to find its dead letters and how to clean up.
 */
public abstract class EventBusContract {
  protected final String prefix = BusFixtures.uniquePrefix();
  private final List<EventBus> opened = new ArrayList<>();

  protected abstract EventBus newBus(BusSettings settings);

  /** How many messages the broker set aside as dead letters for the test's names (the {@code orders} context). */
  protected abstract long deadLetters(BusSettings settings);

  /** Puts bytes on the broker where the strategy's {@code context} events go, bypassing the bus. */
  protected abstract void publishRaw(BusSettings settings, String context, byte[] body);

  /** The settings with the strategy's broker address pointed at a port nothing listens on, with a password in it. */
  protected abstract BusSettings pointedAtNothing(BusSettings settings, int port);

  /** Deletes the streams, queues or topics the test made. */
  protected abstract void removeBrokerState(BusSettings settings);

  protected BusSettings settings() {
    return BusFixtures.settings(prefix);
  }

  protected EventBus open(BusSettings settings) {
    EventBus bus = newBus(settings);
    opened.add(bus);
    return bus;
  }

  @AfterEach
  void closeAndClean() {
    opened.forEach(EventBus::close);
    removeBrokerState(settings());
  }

  @Test
  void keeps_each_aggregates_order_when_many_threads_publish() throws Exception {
    EventBus bus = open(settings());
    RecordingConsumer alpha = new RecordingConsumer();
    RecordingConsumer beta = new RecordingConsumer();
    bus.subscribe("alpha", Set.of("orders"), alpha);
    bus.subscribe("beta", Set.of("orders"), beta);
    bus.start();

    AtomicLong positions = new AtomicLong();
    List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    List<Thread> publishers = new ArrayList<>();
    for (UUID aggregate : aggregates) {
      Thread publisher = new Thread(() -> {
        for (long version = 1; version <= 50; version++) bus.publish(event(positions.incrementAndGet(), aggregate, version));
      });
      publisher.start();
      publishers.add(publisher);
    }
    for (Thread publisher : publishers) publisher.join();

    assertThat(bus.drain(Duration.ofSeconds(20))).isTrue();
    List<Long> oneToFifty = LongStream.rangeClosed(1, 50).boxed().toList();
    for (RecordingConsumer consumer : List.of(alpha, beta)) {
      assertThat(consumer.delivered()).hasSize(200);
      for (UUID aggregate : aggregates) assertThat(consumer.versionsOf(aggregate.toString())).containsExactlyElementsOf(oneToFifty);
    }
  }

  @Test
  void delivers_only_the_contexts_a_subscriber_named() {
    EventBus bus = open(settings());
    RecordingConsumer orders = new RecordingConsumer();
    RecordingConsumer inventory = new RecordingConsumer();
    bus.subscribe("orders-reader", Set.of("orders"), orders);
    bus.subscribe("inventory-reader", Set.of("inventory"), inventory);
    bus.start();

    StoredEvent order = event(1, UUID.randomUUID(), 1);
    StoredEvent stock = eventOf("inventory", 2, UUID.randomUUID(), 1);
    bus.publish(order);
    bus.publish(stock);

    assertThat(bus.drain(Duration.ofSeconds(10))).isTrue();
    assertThat(orders.delivered()).containsExactly(order);
    assertThat(inventory.delivered()).containsExactly(stock);
  }

  @Test
  void drain_waits_until_every_subscriber_took_everything() {
    EventBus bus = open(settings());
    RecordingConsumer slow = new RecordingConsumer().slow(3);
    bus.subscribe("slow", Set.of("orders"), slow);
    bus.start();
    UUID aggregate = UUID.randomUUID();
    for (int i = 1; i <= 100; i++) bus.publish(event(i, aggregate, i));

    assertThat(bus.drain(Duration.ofSeconds(20))).isTrue();
    assertThat(slow.delivered()).hasSize(100);
  }

  @Test
  void drain_answers_false_while_a_subscriber_is_still_busy() throws Exception {
    EventBus bus = open(settings());
    CountDownLatch release = new CountDownLatch(1);
    bus.subscribe("stuck", Set.of("orders"), event -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    bus.start();
    bus.publish(event(1, UUID.randomUUID(), 1));

    assertThat(bus.drain(Duration.ofMillis(500))).isFalse();
    release.countDown();
    assertThat(bus.drain(Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void redelivers_what_a_consumer_did_not_acknowledge_before_it_went_away() {
    BusSettings settings = settings().withMaxDeliveries(20);
    EventBus first = open(settings);
    RecordingConsumer leaving = new RecordingConsumer().refusing(event -> event.position() >= 3);
    first.subscribe("reader", Set.of("orders"), leaving);
    first.start();
    UUID aggregate = UUID.randomUUID();
    for (int i = 1; i <= 5; i++) first.publish(event(i, aggregate, i));
    await().atMost(Duration.ofSeconds(10)).until(() -> !leaving.refused().isEmpty());
    first.close();

    EventBus second = open(settings);
    RecordingConsumer taking = new RecordingConsumer();
    second.subscribe("reader", Set.of("orders"), taking);
    second.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> taking.positions().containsAll(Set.of(3L, 4L, 5L)));
    assertThat(leaving.positions()).containsExactlyInAnyOrder(1L, 2L);
    assertThat(second.drain(Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void a_consumer_that_cannot_take_an_event_yet_gets_it_again_before_the_next_ones() {
    EventBus bus = open(settings());
    AtomicLong refusals = new AtomicLong();
    RecordingConsumer consumer = new RecordingConsumer().refusing(event -> event.position() == 3 && refusals.incrementAndGet() <= 3);
    bus.subscribe("recovering", Set.of("orders"), consumer);
    bus.start();
    UUID aggregate = UUID.randomUUID();
    for (int i = 1; i <= 10; i++) bus.publish(event(i, aggregate, i));

    assertThat(bus.drain(Duration.ofSeconds(20))).isTrue();
    assertThat(consumer.versionsOf(aggregate.toString())).containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
    assertThat(consumer.refused()).hasSize(3);
  }

  @Test
  void sets_aside_a_message_it_cannot_read_while_the_others_flow() {
    BusSettings settings = settings();
    EventBus bus = open(settings);
    RecordingConsumer consumer = new RecordingConsumer();
    bus.subscribe("reader", Set.of("orders"), consumer);
    bus.start();
    UUID aggregate = UUID.randomUUID();
    bus.publish(event(1, aggregate, 1));
    publishRaw(settings, "orders", "{\"type\":\"NoSuchEvent\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bus.publish(event(2, aggregate, 2));

    assertThat(bus.drain(Duration.ofSeconds(20))).isTrue();
    assertThat(consumer.versionsOf(aggregate.toString())).containsExactly(1L, 2L);
    await().atMost(Duration.ofSeconds(10)).until(() -> deadLetters(settings) == 1);
  }

  @Test
  void reports_healthy_while_the_broker_answers() {
    EventBus bus = open(settings());
    bus.subscribe("any", Set.of("orders"), new RecordingConsumer());
    bus.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> bus.health().healthy());
    assertThat(bus.health().detail()).doesNotContain("guest:guest").doesNotContain("s3cret");
  }

  @Test
  void a_broker_that_is_not_there_fails_at_once_naming_the_address() {
    int port = BusFixtures.unusedPort();
    long started = System.nanoTime();
    assertThatThrownBy(() -> open(pointedAtNothing(settings(), port)))
        .isInstanceOf(BusUnavailableException.class)
        .hasMessageContaining("127.0.0.1:" + port)
        .satisfies(error -> assertThat(error.getMessage()).doesNotContain("s3cret"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }
}

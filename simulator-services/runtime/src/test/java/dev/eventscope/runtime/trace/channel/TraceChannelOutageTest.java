package dev.eventscope.runtime.trace.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.TcpProxy;
import dev.eventscope.runtime.trace.Hop;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;

/**
 * A broker that goes away under a publishing process (a TCP proxy cut in front of the shared
 * Redis or RabbitMQ; nothing is stopped): publishing stays quick and never throws, the loss is
 * counted and said once, and the channel works again when the broker is back. Kafka is left out:
 * its clients reach the broker at the address it advertises, past any proxy.
 */
class TraceChannelOutageTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final BusSettings settings = BusFixtures.settings(BusFixtures.uniquePrefix());
  private final Logger outageLog = (Logger) LoggerFactory.getLogger(Outage.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void listen() {
    logged.start();
    outageLog.addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    outageLog.detachAppender(logged);
  }

  @Test
  void redis_going_away_costs_counted_hops_and_one_warning() {
    BusFixtures.assumeListening("127.0.0.1", 6379, "Redis");
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", 6379)) {
      BusSettings throughProxy = settings.withRedisUri("redis://127.0.0.1:" + proxy.port());
      survivesAnOutage(proxy, throughProxy, RedisTraceChannel::new);
    } finally {
      try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
        redis.del(TraceChannels.defaultName(settings));
      }
    }
  }

  @Test
  void rabbitmq_going_away_costs_counted_hops_and_one_warning() {
    BusFixtures.assumeListening("127.0.0.1", 5672, "RabbitMQ");
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", 5672)) {
      BusSettings throughProxy = settings.withRabbitmqUri("amqp://guest:guest@127.0.0.1:" + proxy.port() + "/");
      survivesAnOutage(proxy, throughProxy, RabbitMqTraceChannel::new);
    } finally {
      RabbitMqTraceChannelTest.onBroker(settings, channel -> channel.exchangeDelete(TraceChannels.defaultName(settings)));
    }
  }

  private void survivesAnOutage(TcpProxy proxy, BusSettings throughProxy, BiFunction<BusSettings, String, TraceChannel> open) {
    try (TraceChannel a = open.apply(throughProxy, "a"); TraceChannel b = open.apply(settings, "b")) {
      TraceHops.Heard heardByB = new TraceHops.Heard();
      b.subscribe(heardByB);
      Hop first = TraceHops.hop("first");
      a.publish(List.of(first));
      await().atMost(WAIT).until(() -> heardByB.hops.contains(first));

      proxy.cut();
      long slowest = 0;
      for (int i = 0; i < 2_000 && a.dropped() == 0; i++) {
        long started = System.nanoTime();
        a.publish(List.of(TraceHops.hop("during")));
        slowest = Math.max(slowest, System.nanoTime() - started);
        sleep(5);
      }
      assertThat(a.dropped()).as("hops lost while the broker was away").isPositive();
      assertThat(Duration.ofNanos(slowest)).as("the slowest publish").isLessThan(Duration.ofMillis(50));
      for (int i = 0; i < 50; i++) a.publish(List.of(TraceHops.hop("during")));

      proxy.restore();
      Hop after = TraceHops.hop("after");
      await().atMost(WAIT).until(() -> {
        a.publish(List.of(after));
        sleep(200);
        return heardByB.hops.contains(after);
      });
      assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN).hasSize(1);
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

package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.services.fleet.FleetService;
import dev.eventscope.services.fleet.FleetState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.JedisPooled;

/**
 * The fleet on RabbitMQ and on Redis (the local servers), each service its own embedded store:
 * 1,000 orders at 20/s while the orders process — which consumes its inbox of the other
 * services' events from the bus — is killed (SIGKILL) and {@code fleet up} starts it again (the
 * orders sent while it is down are refused, not placed); every store ends consistent, nothing is
 * lost or held twice. Kafka's run of the same fault is {@link FleetRunTest}. Each run writes its bus's
 * "consumer process killed" row of {@code benchmarks/RELIABILITY.md}.
 */
@Tag("reliability")
class FleetKilledConsumerTest {
  private static final int ORDERS = 1_000;
  private static final double RATE = 20;

  @TempDir Path tempDir;

  @BeforeAll
  static void brokersAreThere() {
    assumeTrue(listening(6379), "no Redis at 127.0.0.1:6379 (scripts/ensure-services.sh starts it)");
    assumeTrue(listening(5672), "no RabbitMQ at 127.0.0.1:5672 (scripts/ensure-services.sh starts it)");
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The fleet's own bus names, so no earlier run's streams, queues or consumer groups on the shared servers meet this one. */
  private final BusSettings names = BusSettings.defaults().withPrefix(BusFixtures.uniquePrefix());

  private Path data() {
    return tempDir.resolve("data");
  }

  @AfterEach
  void killLeftovers() {
    FleetChildren.killLeftovers(data());
    BusFixtures.removeRedisAndRabbitMqState(names);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rabbitmq", "redis"})
  void a_consumer_killed_mid_load_and_restarted_loses_nothing_and_doubles_nothing(String bus) throws Exception {
    KilledProcessRun.Outcome outcome = KilledProcessRun.run(tempDir, data(),
        new KilledProcessRun.Plan(bus, List.of("--bus-prefix", names.prefix()), ORDERS, RATE, FleetService.ORDERS,
            Duration.ofSeconds(20)));
    KilledProcessRun.assertRecovered(outcome);
    assertThat(outcome.restarted().busPrefix()).as("the restarted fleet keeps its bus names").isEqualTo(names.prefix());
    if (bus.equals("redis")) {
      try (JedisPooled redis = new JedisPooled(names.redisUri())) {
        assertThat(redis.keys(names.prefix() + ":*")).as("the fleet's streams carry its prefix").isNotEmpty();
      }
    }
    assertThat(outcome.row().load()).as("orders placed: the ones sent while orders was down are refused, so the kill struck mid-load")
        .isBetween(1L, ORDERS - 1L);

    FleetChildren.fleet(tempDir, data(), "down");
    assertThat(FleetState.file(data())).doesNotExist();
  }
}

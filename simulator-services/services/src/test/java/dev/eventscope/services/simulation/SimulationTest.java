package dev.eventscope.services.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.services.simulation.OrderGenerator.PlannedOrder;
import dev.eventscope.services.simulation.SimulationConfig.BusSwitching;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {
  private static SimulationConfig config(int orders) {
    return SimulationConfig.defaults().withOrders(orders).withRates(0.1, 0.1).withSeed(7);
  }

  private static void assertCleanRun(SimulationReport report, SimulationConfig config) {
    List<PlannedOrder> plan = OrderGenerator.plan(config.orders(), config.seed(), config.paymentDeclineRate(), config.stockShortageRate());
    long confirmable = plan.stream().filter(PlannedOrder::shouldConfirm).count();

    assertThat(report.consistency().mismatches()).isEmpty();
    assertThat(report.consistency().ok()).isTrue();
    assertThat(report.events().lost()).isZero();
    assertThat(report.events().appliedTwice()).isZero();
    assertThat(report.orders().pending()).isZero();
    assertThat(report.orders().confirmed()).isEqualTo(confirmable);
    assertThat(report.orders().rejected()).isEqualTo(config.orders() - confirmable);
    assertThat(report.commands().rejected()).isZero();
  }

  @Test
  void a_few_thousand_orders_with_declines_and_shortages_end_consistent_in_memory() {
    SimulationConfig config = config(3_000);

    SimulationReport report = Simulation.run(config);

    assertCleanRun(report, config);
    assertThat(report.latencyMs().p99()).isGreaterThanOrEqualTo(report.latencyMs().p50());
  }

  @Test
  void the_same_seed_gives_the_same_business_outcome() {
    SimulationReport first = Simulation.run(config(400));
    SimulationReport second = Simulation.run(config(400).withRate(2_000.0));

    assertThat(second.orders()).isEqualTo(first.orders());
  }

  @Test
  void the_embedded_store_keeps_history_and_a_second_run_checks_the_whole_store(@TempDir Path data) {
    SimulationConfig config = config(300).withStore("embedded", data);

    SimulationReport first = Simulation.run(config);
    SimulationReport second = Simulation.run(config);

    assertCleanRun(first, config);
    assertCleanRun(second, config);
    assertThat(second.orders()).isEqualTo(first.orders());
    assertThat(second.events().stored()).isGreaterThan(0);
  }

  @Test
  void a_mongodb_store_reached_over_the_wire_ends_consistent() {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind(new InetSocketAddress("127.0.0.1", 0));
    InetSocketAddress address = server.getLocalAddress();
    try {
      SimulationConfig config = config(300).withStore("mongodb://127.0.0.1:" + address.getPort() + "/eventscope", null);

      assertCleanRun(Simulation.run(config), config);
    } finally {
      server.shutdownNow();
    }
  }

  @Test
  void cycling_the_bus_among_memory_redis_and_rabbitmq_loses_nothing_and_applies_nothing_twice() {
    BusSettings brokers = BusSettings.defaults().withPrefix("es-simtest-" + System.nanoTime());
    assumeTrue(listening(6379) && listening(5672), "needs the local Redis and RabbitMQ (scripts/ensure-services.sh starts them)");
    SimulationConfig config = config(600).withRate(400.0)
        .withBus("memory", new BusSwitching(List.of("memory", "redis", "rabbitmq"), Duration.ofMillis(300)), brokers);

    SimulationReport report;
    try {
      report = Simulation.run(config);
    } finally {
      BusFixtures.removeRedisAndRabbitMqState(brokers);
    }

    assertCleanRun(report, config);
    assertThat(report.busSwitches()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(report.expectations()).isEmpty();
  }

  private static boolean listening(int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void a_short_saga_deadline_still_ends_every_order() {
    SimulationConfig config = config(200).withClients(2).withSagaDeadline(Duration.ofSeconds(30)).withTimeout(Duration.ofMinutes(1));

    assertCleanRun(Simulation.run(config), config);
  }
}

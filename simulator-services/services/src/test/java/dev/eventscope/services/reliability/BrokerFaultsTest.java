package dev.eventscope.services.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockQuery.GetStockLevel;
import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.TcpProxy;
import dev.eventscope.runtime.bus.kafka.PrivateKafka;
import dev.eventscope.runtime.bus.rabbitmq.PrivateRabbitMq;
import dev.eventscope.runtime.bus.redis.PrivateRedis;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.scenario.LoadProfile;
import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioFaults;
import dev.eventscope.services.scenario.TimelineStep;
import dev.eventscope.services.sandbox.MongoSandbox;
import dev.eventscope.services.simulation.RunProbe;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults done to real brokers while the whole system runs on them (brokers of the test's own
 * killed with SIGKILL and started again: a Redis, a Kafka broker in a child JVM, a RabbitMQ node;
 * the shared RabbitMQ's connections cut and its application stopped and started with rabbitmqctl),
 * and many clients on one aggregate. Part of the reliability suite.
 */
@Tag("reliability")
class BrokerFaultsTest {
  private static final long FAULT_AT_MS = 1_500;
  private static final long FAULT_FOR_MS = 3_000;

  @BeforeAll
  static void brokersAreThere() {
    BusFixtures.assumeListening("127.0.0.1", 5672, "RabbitMQ");
  }

  @AfterAll
  static void writeTable() throws Exception {
    ReliabilitySuiteTest.writeTable();
  }

  @Test
  void redis_killed_and_restarted_empty_mid_load() throws Exception {
    int port = BusFixtures.unusedPort();
    try (PrivateRedis redis = PrivateRedis.started(port)) {
      BusSettings brokers = ReliabilitySuiteTest.brokers().withRedisUri(redis.uri());
      ReliabilitySuiteTest.record(FaultRun.run("redis", brokers, "killed (SIGKILL), restarted empty", load(), system -> {
        Thread.sleep(FAULT_AT_MS);
        redis.kill();
        Thread.sleep(FAULT_FOR_MS);
        redis.start();
        return System.nanoTime();
      }));
    }
  }

  @Test
  void kafka_broker_killed_and_restarted_mid_load() throws Exception {
    try (PrivateKafka kafka = PrivateKafka.started()) {
      BusSettings brokers = ReliabilitySuiteTest.brokers().withKafkaBootstrap(kafka.bootstrap());
      ReliabilitySuiteTest.record(FaultRun.run("kafka", brokers, "killed (SIGKILL), restarted", load(), system -> {
        Thread.sleep(FAULT_AT_MS);
        kafka.kill();
        Thread.sleep(FAULT_FOR_MS);
        kafka.start();
        return System.nanoTime();
      }));
    }
  }

  @Test
  void rabbitmq_connections_cut_mid_load() throws Exception {
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", 5672)) {
      BusSettings brokers = ReliabilitySuiteTest.brokers().withRabbitmqUri("amqp://guest:guest@127.0.0.1:" + proxy.port() + "/");
      ReliabilitySuiteTest.record(FaultRun.run("rabbitmq", brokers, "connections cut 3 s", load(), system -> {
        Thread.sleep(FAULT_AT_MS);
        proxy.cut();
        Thread.sleep(FAULT_FOR_MS);
        proxy.restore();
        return System.nanoTime();
      }));
    }
  }

  /**
   * A node of the test's own, so the shared one is never killed. The system declares its quorum
   * queues when it starts, well over a second before the kill: RabbitMQ 3.10 can bring a quorum
   * queue killed younger than that back without a leader (see {@code PrivateRabbitMqTest}).
   */
  @Test
  void rabbitmq_node_killed_and_restarted_mid_load() throws Exception {
    try (PrivateRabbitMq rabbit = PrivateRabbitMq.started()) {
      BusSettings brokers = ReliabilitySuiteTest.brokers().withRabbitmqUri(rabbit.uri());
      ReliabilitySuiteTest.record(FaultRun.run("rabbitmq", brokers, "killed (SIGKILL), restarted", load(), system -> {
        Thread.sleep(FAULT_AT_MS);
        rabbit.kill();
        Thread.sleep(FAULT_FOR_MS);
        rabbit.start();
        return System.nanoTime();
      }));
    }
  }

  @Test
  void rabbitmq_application_stopped_and_started_again_mid_load() throws Exception {
    assumeTrue(RabbitCtl.usable(), "rabbitmqctl cannot be run here");
    BusSettings brokers = ReliabilitySuiteTest.brokers();
    try {
      ReliabilitySuiteTest.record(FaultRun.run("rabbitmq", brokers, "stop_app, start_app 3 s later", load(), system -> {
        Thread.sleep(FAULT_AT_MS);
        RabbitCtl.must("stop_app");
        Thread.sleep(FAULT_FOR_MS);
        RabbitCtl.must("start_app");
        return System.nanoTime();
      }));
    } finally {
      // Whatever happened above, the broker the other tests and people use is left running.
      RabbitCtl.run("start_app");
    }
  }

  @Test
  void mongodb_store_unreachable_for_three_seconds_mid_load() throws Exception {
    try (MongoSandbox mongo = MongoSandbox.start(0); TcpProxy proxy = new TcpProxy(MongoSandbox.HOST, mongo.port())) {
      String store = "mongodb://127.0.0.1:" + proxy.port() + "/" + MongoSandbox.DATABASE;
      List<TimelineStep> retry = List.of(new TimelineStep(Duration.ofSeconds(8), null, false, true, "store back: retry what was parked"));
      Scenario load = new Scenario("reliability", null, "a fault run", 17, 150, null, LoadProfile.constant(30.0), null, null, null,
          ScenarioFaults.NONE, retry, null);
      ReliabilitySuiteTest.record(FaultRun.run(store, "memory", ReliabilitySuiteTest.brokers(), "MongoDB store unreachable 3 s, parked retried",
          load, system -> {
            Thread.sleep(FAULT_AT_MS);
            proxy.cut();
            Thread.sleep(FAULT_FOR_MS);
            proxy.restore();
            return System.nanoTime();
          }));
    }
  }

  @ParameterizedTest(name = "{0}: 50 clients on one aggregate")
  @MethodSource("dev.eventscope.services.reliability.ReliabilitySuiteTest#buses")
  void fifty_concurrent_clients_on_one_aggregate_lose_nothing(String bus) throws Exception {
    RunProbe probe = new RunProbe();
    BusSettings brokers = ReliabilitySuiteTest.brokers();
    SystemSettings settings = SystemSettings.of("memory", null, bus).withBusSettings(brokers);
    try (EventSystem system = OrderFulfilmentSystem.start(settings, List.of(probe))) {
      probe.begin(system.backend().events().lastPosition());
      AtomicLong acknowledged = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      ExecutorService clients = Executors.newFixedThreadPool(50);
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      for (int c = 0; c < 50; c++) {
        sent.add(clients.submit(() -> {
          for (int i = 0; i < 10; i++) {
            try {
              system.mediator().send(new RestockItem("SKU-HOT", 1), "client");
              acknowledged.incrementAndGet();
            } catch (RuntimeException e) {
              failed.incrementAndGet();
            }
          }
        }));
      }
      for (var future : sent) future.get(2, TimeUnit.MINUTES);
      clients.shutdown();
      assertThat(system.awaitQuiescent(Duration.ofSeconds(60))).isTrue();

      DeliveryVerdict verdict = DeliveryCheck.check(system, probe, probe.watchingAfter());
      StockLevel level = system.mediator().query(new GetStockLevel("SKU-HOT"), "client");
      long stored = system.backend().events().readStream("SKU-HOT", 0).size();
      assertThat(stored).as("one event per acknowledged command").isEqualTo(acknowledged.get());
      assertThat(level.received()).as("the read model counts every acknowledged restock once").isEqualTo(acknowledged.get());
      assertThat(acknowledged.get() + failed.get()).isEqualTo(500);
      ReliabilitySuiteTest.RESULTS.add(new FaultRun.Result(bus, "50 concurrent clients on one aggregate", 500, verdict.eventsChecked(),
          verdict.lost() + Math.max(0, acknowledged.get() - stored), verdict.appliedTwice(), 0, true, verdict, null));
      assertThat(verdict.lost()).isZero();
      assertThat(verdict.appliedTwice()).isZero();
    } finally {
      BusFixtures.removeBrokerState(brokers);
    }
  }

  private static Scenario load() {
    return new Scenario("reliability", null, "a fault run", 13, 360, null, LoadProfile.constant(60.0), null, null, null,
        ScenarioFaults.NONE, List.of(), null);
  }
}

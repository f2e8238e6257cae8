package dev.eventscope.services.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.TcpProxy;
import dev.eventscope.runtime.bus.kafka.SharedKafka;
import dev.eventscope.services.scenario.LoadProfile;
import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioFaults;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broker that is not there when the system turns to it: the switch is refused with one error
 * naming the address, the system keeps running on the bus it had, and once the broker is there the
 * same switch goes through — every event checked at the end. The broker's absence is a relay in
 * front of the real one that is not listening yet.
 */
@Tag("reliability")
class AbsentBrokerTest {
  private static final long ABSENT_AT_MS = 1_000;
  private static final long THERE_AFTER_MS = 2_000;

  @BeforeAll
  static void brokersAreThere() {
    BusFixtures.assumeRedisAndRabbitMq();
  }

  @AfterAll
  static void writeTable() throws Exception {
    ReliabilitySuiteTest.writeTable();
  }

  @ParameterizedTest(name = "{0}: absent when switched to, there 2 s later")
  @ValueSource(strings = {"kafka", "rabbitmq", "redis"})
  void a_switch_to_an_absent_broker_is_refused_and_loses_nothing(String bus) throws Exception {
    BusSettings real = ReliabilitySuiteTest.brokers();
    URI target = URI.create(address(bus, real));
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort())) {
      proxy.cut();
      BusSettings brokers = through(bus, real, proxy.port()).withConnectTimeout(Duration.ofSeconds(2));
      String tried = "127.0.0.1:" + proxy.port();
      Scenario load = new Scenario("reliability", null, "a fault run", 19, 300, null, LoadProfile.constant(60.0), null, null, null,
          ScenarioFaults.NONE, List.of(), null);
      FaultRun.Result onMemory = FaultRun.run("memory", brokers, "absent when first used, there 2 s later", load, system -> {
        Thread.sleep(ABSENT_AT_MS);
        assertThatThrownBy(() -> system.switchBus(OrderFulfilmentSystem.bus(bus, brokers)))
            .as("one clear error naming the address tried").hasMessageContaining(tried);
        assertThat(system.dispatcher().bus().strategy()).as("still on the bus it had").isEqualTo("memory");
        Thread.sleep(THERE_AFTER_MS);
        proxy.restore();
        system.switchBus(OrderFulfilmentSystem.bus(bus, brokers));
        return System.nanoTime();
      });
      ReliabilitySuiteTest.record(new FaultRun.Result(bus, onMemory.fault(), onMemory.load(), onMemory.eventsChecked(), onMemory.lost(),
          onMemory.duplicated(), onMemory.recoverySeconds(), onMemory.consistent(), onMemory.verdict(), onMemory.report()));
    }
  }

  /** The broker's address as a URI (Kafka's bootstrap has no scheme of its own). */
  private static String address(String bus, BusSettings brokers) {
    return switch (bus) {
      case "kafka" -> "kafka://" + SharedKafka.broker().bootstrap();
      case "rabbitmq" -> brokers.rabbitmqUri();
      default -> brokers.redisUri();
    };
  }

  private static BusSettings through(String bus, BusSettings brokers, int port) {
    return switch (bus) {
      case "kafka" -> brokers.withKafkaBootstrap("127.0.0.1:" + port);
      case "rabbitmq" -> brokers.withRabbitmqUri("amqp://guest:guest@127.0.0.1:" + port + "/");
      default -> brokers.withRedisUri("redis://127.0.0.1:" + port);
    };
  }
}

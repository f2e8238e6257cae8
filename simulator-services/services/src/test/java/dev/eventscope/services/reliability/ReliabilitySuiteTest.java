package dev.eventscope.services.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.kafka.SharedKafka;
import dev.eventscope.services.scenario.BusFaultSpec;
import dev.eventscope.services.scenario.HandlerFaultSpec;
import dev.eventscope.services.scenario.LatencySpec;
import dev.eventscope.services.scenario.LoadProfile;
import dev.eventscope.services.scenario.OutageWindow;
import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioFaults;
import dev.eventscope.services.scenario.TimelineStep;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reliability suite: the whole system under load on every bus, one fault per run, every
 * event checked. Runs with {@code -Preliability} and writes {@code benchmarks/RELIABILITY.md}.
 */
@Tag("reliability")
class ReliabilitySuiteTest {
  static final List<String> BUSES = List.of("memory", "kafka", "rabbitmq", "redis");
  static final List<FaultRun.Result> RESULTS = Collections.synchronizedList(new ArrayList<>());
  private static final int ORDERS = 300;
  private static final double RATE = 60;

  @BeforeAll
  static void brokersAreThere() {
    BusFixtures.assumeRedisAndRabbitMq();
  }

  /**
   * Every suite class calls it when it finishes: the JVM's runs so far replace all of the suite's
   * rows in the table; the console's process-kill rows stay.
   */
  @AfterAll
  static void writeTable() throws Exception {
    List<ReliabilityRow> rows;
    synchronized (RESULTS) {
      rows = RESULTS.stream().map(FaultRun.Result::row).toList();
    }
    ReliabilityTable.replace("services", rows, Path.of("../../benchmarks/RELIABILITY.md"));
  }

  static Stream<Arguments> injectedFaults() {
    Map<String, ScenarioFaults> faults = new java.util.LinkedHashMap<>();
    faults.put("duplicated 20%, reordered 10%, delayed 0-3 ms", bus(new BusFaultSpec(new LatencySpec(null, 0.0, 3.0, null), null, 0.2, 0.1)));
    faults.put("dropped 5% of deliveries", bus(new BusFaultSpec(null, 0.05, null, null)));
    faults.put("broker outage 3 s (injected)", new ScenarioFaults(null, null, null, null, null,
        List.of(new OutageWindow(Duration.ofMillis(1_500), Duration.ofSeconds(3)))));
    faults.put("handler exceptions 20%, parked retried", new ScenarioFaults(null, null, null,
        Map.of("*", new HandlerFaultSpec(0.2, null)), null, null));
    return BUSES.stream().flatMap(bus -> faults.entrySet().stream().map(fault -> Arguments.of(bus, fault.getKey(), fault.getValue())));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("injectedFaults")
  void an_injected_fault_loses_nothing_and_doubles_nothing(String bus, String fault, ScenarioFaults faults) throws Exception {
    List<TimelineStep> timeline = List.of(new TimelineStep(Duration.ofSeconds(6), null, true, true, "faults cleared, parked retried"));
    record(FaultRun.run(bus, brokers(), fault, scenario(faults, timeline), FaultRun.Fault.NONE));
  }

  static Stream<String> buses() {
    return BUSES.stream();
  }

  @ParameterizedTest(name = "{0}: bus switched 20 times")
  @MethodSource("buses")
  void switching_the_bus_twenty_times_under_load_loses_nothing_and_doubles_nothing(String bus) throws Exception {
    BusSettings brokers = brokers();
    String other = bus.equals("memory") ? "redis" : "memory";
    record(FaultRun.run(bus, brokers, "bus switched 20 times (with " + other + ")", scenario(ScenarioFaults.NONE, List.of()), system -> {
      for (int i = 1; i <= 20; i++) {
        Thread.sleep(200);
        system.switchBus(OrderFulfilmentSystem.bus(i % 2 == 1 ? other : bus, brokers));
      }
      return System.nanoTime();
    }));
  }

  private static Scenario scenario(ScenarioFaults faults, List<TimelineStep> timeline) {
    return new Scenario("reliability", null, "a fault run", 11, ORDERS, null, LoadProfile.constant(RATE), null, null, null, faults,
        timeline, null);
  }

  private static ScenarioFaults bus(BusFaultSpec spec) {
    return new ScenarioFaults(null, null, spec, null, null, null);
  }

  static BusSettings brokers() {
    return BusFixtures.settings(BusFixtures.uniquePrefix()).withKafkaBootstrap(SharedKafka.broker().bootstrap());
  }

  static void record(FaultRun.Result result) {
    RESULTS.add(result);
    DeliveryVerdict verdict = result.verdict();
    assertThat(verdict.lost()).as("lost deliveries, e.g. %s", verdict.lostSamples()).isZero();
    assertThat(verdict.acknowledgedButNotStored()).as("acknowledged orders without stored events").isZero();
    assertThat(verdict.appliedTwice()).as("deliveries applied twice").isZero();
    assertThat(result.consistent()).as("read models agree with the store: %s", result.report().consistency().mismatches()).isTrue();
    assertThat(result.report().orders().pending()).as("orders never final").isZero();
    assertThat(verdict.deliveriesChecked()).isGreaterThan(verdict.eventsChecked());
  }
}

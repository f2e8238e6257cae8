package dev.eventscope.runtime.bus.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.LoadedSystem;
import dev.eventscope.runtime.bus.SwitchingRun;
import dev.eventscope.runtime.bus.TcpProxy;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.system.BusSwitch;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A whole system on RabbitMQ: switched to and from it under load, and cut off from it mid-run. */
class RabbitMqSystemTest {
  private final BusSettings settings = BusFixtures.settings(BusFixtures.uniquePrefix());

  @BeforeAll
  static void rabbitIsThere() {
    BusFixtures.assumeListening("127.0.0.1", 5672, "RabbitMQ");
  }

  @AfterEach
  void removeQueues() {
    RabbitAdmin.deleteAll(settings);
  }

  @Test
  void switching_between_memory_and_rabbitmq_twelve_times_under_load_loses_nothing_and_applies_nothing_twice() throws Exception {
    Supplier<EventBus> memory = InMemoryEventBus::new;
    Supplier<EventBus> rabbit = () -> new RabbitMqEventBus(settings, BusFixtures.CODEC);

    List<BusSwitch> switches = SwitchingRun.run(List.of(memory, rabbit), 12, Duration.ofMillis(150));

    assertThat(switches).extracting(BusSwitch::to).contains("rabbitmq", "memory");
  }

  @Test
  void losing_the_broker_mid_run_delays_delivery_but_loses_and_doubles_nothing() throws Exception {
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", 5672)) {
      BusSettings throughProxy = settings.withRabbitmqUri("amqp://guest:guest@127.0.0.1:" + proxy.port() + "/");
      try (LoadedSystem loaded = LoadedSystem.start(new RabbitMqEventBus(throughProxy, BusFixtures.CODEC), 200)) {
        Thread.sleep(400);
        proxy.cut();
        await().atMost(Duration.ofSeconds(10)).until(() -> !loaded.system().bus().health().healthy());
        Thread.sleep(700);
        proxy.restore();
        await().atMost(Duration.ofSeconds(15)).until(() -> loaded.system().bus().health().healthy());
        Thread.sleep(300);
        loaded.stopLoad();

        assertThat(loaded.assertEveryEventAppliedOnceInOrder()).isGreaterThan(100);
      }
    }
  }
}

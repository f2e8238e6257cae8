package dev.eventscope.runtime.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.testing.AppendingContext;
import dev.eventscope.runtime.testing.RecordingSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BusSwitchTest {
  @Test
  void switching_the_bus_ten_times_under_load_loses_nothing_and_applies_nothing_twice() throws Exception {
    RecordingSubscriber recorder = new RecordingSubscriber("recorder");
    SystemOptions options = SystemOptions.defaults(OrderFulfilmentContracts.registry());
    try (EventSystem system = EventSystem.start(options, new InMemoryBackend(), new InMemoryEventBus(), List.of(new AppendingContext(List.of(recorder))))) {
      AtomicBoolean sending = new AtomicBoolean(true);
      List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
      Thread load = new Thread(() -> {
        // Bounded: the load only has to overlap the switches.
        for (int i = 0; sending.get() && i < 50_000; i++) {
          system.mediator().send(new ConfirmOrder(aggregates.get(i % aggregates.size())), "test");
        }
      });
      load.start();
      for (int s = 0; s < 10; s++) {
        Thread.sleep(30);
        BusSwitch done = system.switchBus(new InMemoryEventBus());
        assertThat(done.drained()).isTrue();
      }
      sending.set(false);
      load.join();

      assertThat(system.awaitQuiescent(Duration.ofSeconds(10))).isTrue();
      long stored = system.backend().events().lastPosition();
      assertThat(stored).isGreaterThan(10);
      assertThat(recorder.positions()).doesNotHaveDuplicates().hasSize((int) stored);
      assertThat(system.busSwitches()).hasSize(10);
      for (UUID aggregate : aggregates) {
        List<Long> versions = recorder.handled().stream().filter(e -> e.aggregateId().equals(aggregate.toString()))
            .map(StoredEvent::version).toList();
        assertThat(versions).isSorted();
      }
    }
  }
}

package dev.eventscope.runtime.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.mediator.CommandHandler;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.testing.RecordingSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BusSwitchTest {
  /** A context whose one command appends one event to a stream of its own choosing. */
  private static final class AppendingContext implements BoundedContext {
    private final RecordingSubscriber recorder;

    AppendingContext(RecordingSubscriber recorder) {
      this.recorder = recorder;
    }

    @Override
    public String name() {
      return "orders";
    }

    @Override
    public void register(Wiring wiring) {
      wiring.command(new CommandHandler<ConfirmOrder, Accepted>() {
        @Override
        public Class<ConfirmOrder> type() {
          return ConfirmOrder.class;
        }

        @Override
        public Accepted handle(Envelope<ConfirmOrder> command) {
          String id = command.payload().orderId().toString();
          long version = wiring.store().readStream(id, 0).size();
          Envelope<Event> event = command.causes(new OrderConfirmed(command.payload().orderId()), 1, "orders");
          wiring.store().append(id, version, List.of(event));
          return new Accepted(id, version + 1, 1);
        }
      });
      wiring.subscriber(recorder);
    }
  }

  @Test
  void switching_the_bus_ten_times_under_load_loses_nothing_and_applies_nothing_twice() throws Exception {
    RecordingSubscriber recorder = new RecordingSubscriber("recorder");
    SystemOptions options = SystemOptions.defaults(OrderFulfilmentContracts.registry());
    try (EventSystem system = EventSystem.start(options, new InMemoryBackend(), new InMemoryEventBus(), List.of(new AppendingContext(recorder)))) {
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

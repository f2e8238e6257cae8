package dev.eventscope.runtime.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.outbox.OutboxDispatcher;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryCheckpointStore;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.testing.TestEvents;
import dev.eventscope.runtime.trace.FlowTracer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxAndBusTest {
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
  private final InMemoryEventBus bus = new InMemoryEventBus();
  private final List<StoredEvent> received = new CopyOnWriteArrayList<>();
  private final OutboxDispatcher dispatcher = new OutboxDispatcher(store, checkpoints, bus, new Metrics(), FlowTracer.disabled());

  @AfterEach
  void stop() {
    dispatcher.close();
    bus.close();
  }

  private void start() {
    bus.subscribe("recorder", Set.of("orders"), received::add);
    bus.start();
    dispatcher.start();
  }

  @Test
  void every_stored_event_is_published_in_position_order_and_the_checkpoint_follows() {
    start();
    List<StoredEvent> stored = TestEvents.appendTo(store, UUID.randomUUID(), 50);

    await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 50);

    assertThat(received).containsExactlyElementsOf(stored);
    await().atMost(Duration.ofSeconds(2)).until(() -> checkpoints.read(OutboxDispatcher.CHECKPOINT).orElse(0) == 50);
  }

  @Test
  void a_paused_dispatcher_publishes_nothing_until_stepped_or_resumed() throws InterruptedException {
    start();
    dispatcher.pause();
    TestEvents.appendTo(store, UUID.randomUUID(), 3);
    Thread.sleep(200);
    assertThat(received).isEmpty();

    dispatcher.step();
    await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 1);
    Thread.sleep(200);
    assertThat(received).hasSize(1);

    dispatcher.resume();
    await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 3);
  }

  @Test
  void a_restarted_dispatcher_resumes_after_its_checkpoint() {
    checkpoints.write(OutboxDispatcher.CHECKPOINT, 2);
    OutboxDispatcher resumed = new OutboxDispatcher(store, checkpoints, bus, new Metrics(), FlowTracer.disabled());
    List<StoredEvent> stored = TestEvents.appendTo(store, UUID.randomUUID(), 4);
    bus.subscribe("recorder", Set.of("orders"), received::add);
    bus.start();
    resumed.start();
    try {
      await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 2);
      assertThat(received).containsExactlyElementsOf(stored.subList(2, 4));
    } finally {
      resumed.close();
    }
  }
}

package dev.eventscope.runtime.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.bus.RecordingConsumer;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.testing.TestEvents;
import dev.eventscope.runtime.trace.FlowTracer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FleetBusTest {
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryEventBus broker = new InMemoryEventBus();
  private final Inbox inbox = new Inbox("shipping", "bus:memory", store, new Metrics(), FlowTracer.disabled(), Duration.ofSeconds(1));
  private final FleetBus bus = new FleetBus(new InMemoryEventBus(), broker, Set.of("shipping"), Set.of("orders"), "inbox-shipping", inbox);

  @AfterEach
  void close() {
    bus.close();
  }

  @Test
  void own_events_reach_the_broker_and_the_local_subscribers_but_copies_of_others_stay_local() {
    RecordingConsumer local = new RecordingConsumer();
    RecordingConsumer otherProcess = new RecordingConsumer();
    bus.subscribe("notifier", Set.of("shipping", "orders"), local);
    broker.subscribe("elsewhere", Set.of("shipping", "orders"), otherProcess);
    bus.start();
    StoredEvent own = inContext(TestEvents.appendTo(store, UUID.randomUUID(), 1).get(0), "shipping");
    StoredEvent copy = inContext(TestEvents.appendTo(store, UUID.randomUUID(), 1).get(0), "orders");

    bus.publishAll(List.of(own, copy));

    assertThat(bus.drain(Duration.ofSeconds(5))).isTrue();
    assertThat(local.delivered()).containsExactly(own, copy);
    assertThat(otherProcess.delivered()).containsExactly(own);
  }

  @Test
  void the_inbox_takes_the_other_contexts_events_into_the_local_store() {
    bus.subscribe("notifier", Set.of("shipping", "orders"), new RecordingConsumer());
    bus.start();
    StoredEvent fromOrders = TestEvents.appendTo(new InMemoryEventStore(), UUID.randomUUID(), 1).get(0);
    broker.publish(fromOrders);

    assertThat(bus.drain(Duration.ofSeconds(5))).isTrue();
    assertThat(store.readAll(0, 10)).extracting(event -> event.envelope().messageId())
        .containsExactly(fromOrders.envelope().messageId());
    assertThat(bus.strategy()).isEqualTo("memory");
  }

  private static StoredEvent inContext(StoredEvent event, String context) {
    Envelope<Event> e = event.envelope();
    return new StoredEvent(event.position(), new Envelope<>(e.messageId(), e.type(), e.schemaVersion(), e.correlationId(),
        e.causationId(), e.occurredAt(), context, e.replay(), e.aggregateId(), e.version(), e.payload()));
  }
}

package dev.eventscope.runtime.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.outbox.OutboxDispatcher;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryCheckpointStore;
import dev.eventscope.runtime.store.memory.InMemoryDeadLetterStore;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.subscriber.ReliableSubscriber;
import dev.eventscope.runtime.testing.RecordingSubscriber;
import dev.eventscope.runtime.testing.TestEvents;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An event the store could not decode, between good ones: the outbox reports and passes it (or
 * holds at it by option), subscribers park it, and the events after it still flow.
 */
class UndecodableEventsFlowTest {
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
  private final InMemoryEventBus bus = new InMemoryEventBus();
  private final Metrics metrics = new Metrics();
  private final FlowTracer tracer = new FlowTracer(1_024, true);
  private final List<StoredEvent> received = new CopyOnWriteArrayList<>();
  private final OutboxDispatcher dispatcher = new OutboxDispatcher(store, checkpoints, bus, metrics, tracer);

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
  void the_outbox_reports_an_undecodable_event_passes_it_and_publishes_the_events_after_it() {
    List<StoredEvent> before = TestEvents.appendTo(store, UUID.randomUUID(), 2);
    StoredEvent bad = TestEvents.appendUndecodable(store, UUID.randomUUID());
    List<StoredEvent> after = TestEvents.appendTo(store, UUID.randomUUID(), 2);
    List<Hop> hops = new CopyOnWriteArrayList<>();
    tracer.addListener(hops::addAll);
    start();

    await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 4);

    assertThat(received).containsExactly(before.get(0), before.get(1), after.get(0), after.get(1));
    assertThat(metrics.get(Metrics.EVENTS_UNDECODABLE)).isEqualTo(1);
    await().atMost(Duration.ofSeconds(2)).until(() -> checkpoints.read(OutboxDispatcher.CHECKPOINT).orElse(0) == 5);
    await().atMost(Duration.ofSeconds(2)).until(() -> hops.stream().anyMatch(hop -> hop.outcome() == Outcome.SKIPPED));
    assertThat(hops).filteredOn(hop -> hop.outcome() == Outcome.SKIPPED).singleElement()
        .satisfies(hop -> assertThat(hop.messageId()).isEqualTo(bad.envelope().messageId()))
        .satisfies(hop -> assertThat(hop.detail()).contains("undecodable", "OrderTeleported"));
  }

  @Test
  void by_option_the_outbox_holds_at_an_undecodable_event_and_says_why() throws InterruptedException {
    dispatcher.stopAtUndecodable(true);
    TestEvents.appendTo(store, UUID.randomUUID(), 1);
    TestEvents.appendUndecodable(store, UUID.randomUUID());
    TestEvents.appendTo(store, UUID.randomUUID(), 1);
    start();

    await().atMost(Duration.ofSeconds(5)).until(() -> dispatcher.heldBecause() != null);
    Thread.sleep(300);

    assertThat(received).hasSize(1);
    assertThat(dispatcher.position()).isEqualTo(1);
    assertThat(dispatcher.heldBecause()).contains("position 2", "OrderTeleported");
    assertThat(metrics.get(Metrics.EVENTS_UNDECODABLE)).isEqualTo(1);

    dispatcher.stopAtUndecodable(false);
    await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 2);
    assertThat(dispatcher.heldBecause()).isNull();
  }

  @Test
  void a_subscriber_parks_an_undecodable_event_of_its_stream_and_other_aggregates_still_flow() {
    InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    RecordingSubscriber recorder = new RecordingSubscriber("recorder");
    ReliableSubscriber reliable = new ReliableSubscriber(recorder, store, deadLetters, metrics, FlowTracer.disabled(), () -> "bus:test", 3);
    UUID broken = UUID.randomUUID();
    StoredEvent first = TestEvents.appendTo(store, broken, 1).get(0);
    TestEvents.appendUndecodable(store, broken);
    StoredEvent third = TestEvents.appendTo(store, broken, 1).get(0);
    StoredEvent other = TestEvents.appendTo(store, UUID.randomUUID(), 1).get(0);

    reliable.accept(first);
    reliable.accept(third); // the outbox passed version 2: the gap is filled from the store
    reliable.accept(other);

    assertThat(recorder.handled()).containsExactly(first, other);
    assertThat(deadLetters.list()).extracting(letter -> letter.event().version()).containsExactlyInAnyOrder(2L, 3L);
    assertThat(deadLetters.list()).filteredOn(letter -> letter.event().version() == 2).singleElement()
        .satisfies(letter -> assertThat(letter.error()).startsWith("undecodable stored event: unknown message type 'OrderTeleported'"));
  }
}

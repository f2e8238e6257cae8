package dev.eventscope.runtime.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryDeadLetterStore;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.testing.RecordingSubscriber;
import dev.eventscope.runtime.testing.TestEvents;
import dev.eventscope.runtime.trace.FlowTracer;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReliableSubscriberTest {
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
  private final Metrics metrics = new Metrics();
  private final RecordingSubscriber recorder = new RecordingSubscriber("recorder");
  private final ReliableSubscriber reliable =
      new ReliableSubscriber(recorder, store, deadLetters, metrics, FlowTracer.disabled(), () -> "bus:test", 3);

  @Test
  void a_redelivered_event_is_applied_once() {
    List<StoredEvent> events = TestEvents.appendTo(store, UUID.randomUUID(), 2);

    reliable.accept(events.get(0));
    reliable.accept(events.get(0));
    reliable.accept(events.get(1));
    reliable.accept(events.get(1));

    assertThat(recorder.handled()).containsExactlyElementsOf(events);
    assertThat(metrics.get(Metrics.DUPLICATES_SUPPRESSED)).isEqualTo(2);
  }

  @Test
  void settled_aggregates_are_forgotten_and_their_redelivered_events_still_suppressed() {
    UUID first = UUID.randomUUID();
    List<StoredEvent> a = TestEvents.appendTo(store, first, 2);
    List<StoredEvent> b = TestEvents.appendTo(store, UUID.randomUUID(), 1);
    a.forEach(reliable::accept);
    b.forEach(reliable::accept);

    reliable.compact(); // the floor passes them all
    assertThat(reliable.rememberedAggregates()).isEqualTo(2);
    reliable.compact(); // a period later they are forgotten
    assertThat(reliable.rememberedAggregates()).isZero();

    reliable.accept(a.get(0));
    reliable.accept(b.get(0));
    List<StoredEvent> later = TestEvents.appendTo(store, first, 1);
    reliable.accept(later.get(0));

    assertThat(recorder.handled()).containsExactly(a.get(0), a.get(1), b.get(0), later.get(0));
    assertThat(metrics.get(Metrics.DUPLICATES_SUPPRESSED)).isEqualTo(2);
  }

  @Test
  void every_two_thousand_newly_remembered_aggregates_ask_for_a_compaction_once() {
    AtomicInteger requests = new AtomicInteger();
    reliable.whenGrown(requests::incrementAndGet);
    for (int i = 1; i < 2_000; i++) reliable.accept(TestEvents.appendTo(store, UUID.randomUUID(), 1).get(0));
    assertThat(requests).hasValue(0);
    reliable.accept(TestEvents.appendTo(store, UUID.randomUUID(), 1).get(0));
    assertThat(requests).hasValue(1);

    reliable.accept(TestEvents.appendTo(store, UUID.randomUUID(), 1).get(0));
    assertThat(requests).hasValue(1);
    reliable.compact();
    reliable.compact();
    assertThat(reliable.rememberedAggregates()).isZero();
    for (int i = 0; i < 2_000; i++) reliable.accept(TestEvents.appendTo(store, UUID.randomUUID(), 1).get(0));
    assertThat(requests).hasValue(2);
  }

  @Test
  void an_event_not_yet_delivered_holds_the_floor_so_nothing_after_it_is_forgotten() {
    List<StoredEvent> lost = TestEvents.appendTo(store, UUID.randomUUID(), 1);
    List<StoredEvent> delivered = TestEvents.appendTo(store, UUID.randomUUID(), 1);
    reliable.accept(delivered.get(0));

    reliable.compact();
    reliable.compact();
    reliable.accept(delivered.get(0));
    reliable.accept(lost.get(0));

    assertThat(reliable.rememberedAggregates()).isEqualTo(2);
    assertThat(recorder.handled()).containsExactly(delivered.get(0), lost.get(0));
  }

  @Test
  void a_forgotten_aggregate_whose_next_event_was_lost_gets_it_from_the_store() {
    UUID aggregate = UUID.randomUUID();
    List<StoredEvent> early = TestEvents.appendTo(store, aggregate, 1);
    reliable.accept(early.get(0));
    reliable.compact();
    reliable.compact();

    List<StoredEvent> later = TestEvents.appendTo(store, aggregate, 2);
    reliable.accept(later.get(1));

    assertThat(recorder.handled()).containsExactly(early.get(0), later.get(0), later.get(1));
  }

  @Test
  void a_gap_is_filled_from_the_store_in_version_order() {
    List<StoredEvent> events = TestEvents.appendTo(store, UUID.randomUUID(), 4);

    reliable.accept(events.get(3));
    reliable.accept(events.get(1));

    assertThat(recorder.handled()).containsExactlyElementsOf(events);
    assertThat(metrics.get(Metrics.GAPS_CAUGHT_UP)).isEqualTo(3);
  }

  @Test
  void a_message_that_keeps_failing_is_parked_and_its_aggregate_waits_while_others_flow() {
    UUID poisoned = UUID.randomUUID();
    List<StoredEvent> bad = TestEvents.appendTo(store, poisoned, 2);
    List<StoredEvent> good = TestEvents.appendTo(store, UUID.randomUUID(), 1);
    recorder.failOn(event -> event.equals(bad.get(0)));

    reliable.accept(bad.get(0));
    reliable.accept(bad.get(1));
    reliable.accept(good.get(0));

    assertThat(recorder.handled()).containsExactly(good.get(0));
    assertThat(deadLetters.list()).extracting(letter -> letter.event().version()).containsExactlyInAnyOrder(1L, 2L);
    assertThat(deadLetters.list()).filteredOn(letter -> letter.event().version() == 1).singleElement()
        .satisfies(letter -> assertThat(letter.attempts()).isEqualTo(3))
        .satisfies(letter -> assertThat(letter.error()).contains("cannot apply version 1"));
  }

  @Test
  void retrying_a_parked_aggregate_after_the_fault_is_cleared_applies_everything_in_order() {
    UUID poisoned = UUID.randomUUID();
    List<StoredEvent> bad = TestEvents.appendTo(store, poisoned, 2);
    recorder.failOn(event -> true);
    reliable.accept(bad.get(0));
    reliable.accept(bad.get(1));

    recorder.failOn(event -> false);
    boolean flowing = reliable.retryParked(poisoned.toString());
    List<StoredEvent> later = TestEvents.appendTo(store, poisoned, 1);
    reliable.accept(later.get(0));

    assertThat(flowing).isTrue();
    assertThat(deadLetters.list()).isEmpty();
    assertThat(recorder.handled()).containsExactly(bad.get(0), bad.get(1), later.get(0));
  }

  @Test
  void subscribers_with_outside_effects_skip_replayed_events() {
    RecordingSubscriber mailer = new RecordingSubscriber("mailer", true);
    ReliableSubscriber reliableMailer = new ReliableSubscriber(mailer, store, deadLetters, metrics, FlowTracer.disabled(), () -> "bus:test", 3);
    StoredEvent event = TestEvents.appendTo(store, UUID.randomUUID(), 1).get(0);

    reliableMailer.accept(event.asReplay());

    assertThat(mailer.handled()).isEmpty();
  }

  @Test
  void catching_up_from_a_checkpoint_treats_earlier_events_as_applied() {
    UUID aggregate = UUID.randomUUID();
    List<StoredEvent> events = TestEvents.appendTo(store, aggregate, 3);

    reliable.catchUp(events.get(0).position());
    reliable.accept(events.get(1));

    assertThat(recorder.handled()).containsExactly(events.get(1), events.get(2));
  }
}

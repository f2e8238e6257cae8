package dev.eventscope.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ReplaySelectionTest {
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final List<StoredEvent> all = ReplayFixtures.orders(store, 10);

  private List<Long> replayed(ReplaySelection selection) {
    RecordingTarget target = new RecordingTarget();
    ReplayReport report = new ReplayJob(null, store, selection, List.of(target), ReplaySpeed.MAX, null).run();
    assertThat(report.selected()).isEqualTo(target.received.size());
    assertThat(ReplayJob.dryRun(store, selection, 1_000).selected()).isEqualTo(report.selected());
    return target.positions();
  }

  private List<Long> expected(Predicate<StoredEvent> which) {
    return all.stream().filter(which).map(StoredEvent::position).toList();
  }

  @Test
  void everything_selects_every_event_in_position_order() {
    assertThat(replayed(ReplaySelection.all())).isEqualTo(expected(e -> true)).hasSize(20);
  }

  @Test
  void a_position_range_is_inclusive_on_both_ends() {
    long first = all.get(3).position();
    long last = all.get(8).position();
    assertThat(replayed(ReplaySelection.all().positions(first, last)))
        .isEqualTo(expected(e -> e.position() >= first && e.position() <= last)).hasSize(6);
  }

  @Test
  void a_time_range_selects_by_occurred_at() {
    var from = ReplayFixtures.T0.plusSeconds(2);
    var to = ReplayFixtures.T0.plusSeconds(4);
    assertThat(replayed(ReplaySelection.all().between(from, to)))
        .isEqualTo(expected(e -> !e.envelope().occurredAt().isBefore(from) && !e.envelope().occurredAt().isAfter(to)))
        .hasSize(5);
  }

  @Test
  void types_aggregates_correlation_and_contexts_each_narrow() {
    assertThat(replayed(ReplaySelection.all().ofTypes(Set.of("OrderConfirmed"))))
        .isEqualTo(expected(e -> e.type().equals("OrderConfirmed"))).hasSize(10);
    String aggregate = all.get(4).aggregateId();
    assertThat(replayed(ReplaySelection.all().ofAggregates(Set.of(aggregate))))
        .isEqualTo(expected(e -> e.aggregateId().equals(aggregate))).hasSize(2);
    var flow = all.get(6).envelope().correlationId();
    assertThat(replayed(ReplaySelection.all().ofCorrelation(flow)))
        .isEqualTo(expected(e -> e.envelope().correlationId().equals(flow))).hasSize(2);
    assertThat(replayed(ReplaySelection.all().ofContexts(Set.of("legacy"))))
        .isEqualTo(expected(e -> e.context().equals("legacy"))).hasSize(10);
  }

  @Test
  void criteria_combine() {
    var selection = ReplaySelection.all().ofContexts(Set.of("orders")).ofTypes(Set.of("OrderPlaced"))
        .positions(1, all.get(9).position());
    assertThat(replayed(selection))
        .isEqualTo(expected(e -> e.context().equals("orders") && e.type().equals("OrderPlaced") && e.position() <= all.get(9).position()))
        .hasSize(3);
    assertThat(selection.everything()).isFalse();
    assertThat(ReplaySelection.all().everything()).isTrue();
  }

  @Test
  void replayed_events_carry_the_replay_flag() {
    RecordingTarget target = new RecordingTarget();
    new ReplayJob(null, store, ReplaySelection.all(), List.of(target), ReplaySpeed.MAX, null).run();
    assertThat(target.received).allMatch(e -> e.envelope().replay());
  }

  @Test
  void rejects_a_range_that_ends_before_it_starts() {
    assertThatThrownBy(() -> ReplaySelection.all().positions(10, 5L)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parses_speeds() {
    assertThat(ReplaySpeed.parse("max").max()).isTrue();
    assertThat(ReplaySpeed.parse("2x").factor()).isEqualTo(2.0);
    assertThat(ReplaySpeed.parse("0.5").factor()).isEqualTo(0.5);
    assertThatThrownBy(() -> ReplaySpeed.parse("fast")).hasMessageContaining("invalid speed 'fast'");
    assertThatThrownBy(() -> ReplaySpeed.parse("0x")).isInstanceOf(IllegalArgumentException.class);
  }
}

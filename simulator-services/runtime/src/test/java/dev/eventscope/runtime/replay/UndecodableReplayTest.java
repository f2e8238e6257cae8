package dev.eventscope.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.testing.TestEvents;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UndecodableReplayTest {
  @Test
  void a_replay_lists_an_undecodable_event_as_skipped_with_the_reason_and_replays_the_rest() {
    InMemoryEventStore store = new InMemoryEventStore();
    List<StoredEvent> before = TestEvents.appendTo(store, UUID.randomUUID(), 2);
    StoredEvent bad = TestEvents.appendUndecodable(store, UUID.randomUUID());
    List<StoredEvent> after = TestEvents.appendTo(store, UUID.randomUUID(), 2);
    RecordingTarget target = new RecordingTarget();

    ReplayReport report = new ReplayJob("j", store, ReplaySelection.all(), List.of(target), ReplaySpeed.MAX, null).run();

    assertThat(target.positions()).containsExactly(before.get(0).position(), before.get(1).position(),
        after.get(0).position(), after.get(1).position());
    assertThat(report.replayed()).isEqualTo(4);
    assertThat(report.skipped()).singleElement().satisfies(skip -> {
      assertThat(skip.target()).isEqualTo("recording");
      assertThat(skip.reason()).startsWith("undecodable stored event: unknown message type 'OrderTeleported'");
      assertThat(skip.firstPosition()).isEqualTo(bad.position());
    });
    assertThat(report.targets().get("recording").skipped()).isEqualTo(1);
  }
}

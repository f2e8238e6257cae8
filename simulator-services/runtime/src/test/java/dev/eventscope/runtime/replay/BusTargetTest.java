package dev.eventscope.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BusTargetTest {
  @Test
  void re_publishes_the_selected_events_marked_as_replays() {
    InMemoryEventStore store = new InMemoryEventStore();
    List<StoredEvent> all = ReplayFixtures.orders(store, 4);
    List<StoredEvent> delivered = new CopyOnWriteArrayList<>();
    try (InMemoryEventBus bus = new InMemoryEventBus()) {
      bus.subscribe("listener", Set.of("orders", "legacy"), delivered::add);
      bus.start();

      ReplayReport report = new ReplayJob(null, store, ReplaySelection.all().ofTypes(Set.of("OrderPlaced")),
          List.of(new BusTarget(bus)), ReplaySpeed.MAX, null).run();
      assertThat(bus.drain(Duration.ofSeconds(5))).isTrue();

      assertThat(report.targets()).containsOnlyKeys("bus:memory");
      assertThat(report.replayed()).isEqualTo(4);
    }
    assertThat(delivered).extracting(StoredEvent::position)
        .containsExactlyInAnyOrder(all.get(0).position(), all.get(2).position(), all.get(4).position(), all.get(6).position());
    assertThat(delivered).allMatch(e -> e.envelope().replay());
  }
}

package dev.eventscope.services.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.HopListener;
import dev.eventscope.services.simulation.OrderGenerator;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays driven on a running system, as the console and the API drive them. */
class ReplaysTest {
  private EventSystem system;
  private Replays replays;

  @BeforeEach
  void a_running_system_with_some_orders() {
    system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
    placeOrders(system, 40);
    replays = new Replays(system);
  }

  @AfterEach
  void close() {
    replays.close();
    system.close();
  }

  static void placeOrders(EventSystem system, int count) {
    List<OrderGenerator.PlannedOrder> plan = OrderGenerator.plan(count, 7, 0.1, 0.05);
    OrderGenerator.stockFor(plan).forEach((sku, quantity) -> system.mediator().send(new RestockItem(sku, quantity), "test"));
    plan.forEach(order -> system.mediator().send(order.command(), "test"));
    long[] last = {-1};
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
      long now = system.backend().events().lastPosition();
      boolean settled = now == last[0] && system.bus().drain(Duration.ofSeconds(1));
      last[0] = now;
      return settled;
    });
  }

  @Test
  void a_rebuild_paused_stepped_and_resumed_on_the_running_system_equals_the_originals() {
    ReplayRun run = replays.start(ReplayTargetChoice.projections(List.of()), ReplaySelection.all(), ReplaySpeed.MAX, false, true);
    run.step();
    run.step();
    await().atMost(Duration.ofSeconds(10)).until(() -> run.progress().done() == 2 && run.progress().state() == ReplayJob.State.PAUSED);
    assertThat(run.finished()).isFalse();
    assertThat(replays.active()).contains(run);

    run.resume();

    ReplayReport report = run.result().join();
    assertThat(report.completed()).isTrue();
    assertThat(report.selected()).isEqualTo(system.backend().events().lastPosition());
    assertThat(report.rebuiltEqualsOriginal()).as(String.join("\n", report.mismatches())).isTrue();
    assertThat(replays.find(run.id())).contains(run);
    assertThat(replays.active()).isEmpty();
  }

  @Test
  void one_replay_at_a_time() {
    ReplayRun first = replays.start(ReplayTargetChoice.projections(List.of()), ReplaySelection.all(), ReplaySpeed.MAX, false, true);

    assertThatThrownBy(() -> replays.start(ReplayTargetChoice.projections(List.of()), ReplaySelection.all(), ReplaySpeed.MAX, false))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(first.id());

    first.cancel();
    assertThat(first.result().join().state()).isEqualTo("cancelled");
  }

  @Test
  void re_publishing_to_the_bus_asks_first_saying_how_many_events_and_where() {
    ReplaySelection placed = ReplaySelection.all().ofTypes(Set.of("OrderPlaced"));

    assertThatThrownBy(() -> replays.start(ReplayTargetChoice.bus(), placed, ReplaySpeed.MAX, false))
        .isInstanceOf(ReplayConfirmationRequired.class)
        .hasMessageContaining("Re-publish 40 events to bus:memory");
    assertThat(replays.all()).isEmpty();

    ReplayReport report = replays.start(ReplayTargetChoice.bus(), placed, ReplaySpeed.MAX, true).result().join();
    assertThat(report.replayed()).isEqualTo(40);
  }

  @Test
  void counts_a_selection_and_names_the_targets_it_offers() {
    assertThat(replays.count(ReplaySelection.all().ofTypes(Set.of("OrderPlaced")))).isEqualTo(40);
    assertThat(replays.projectionNames()).contains("order-summary", "stock-levels");
    assertThat(replays.handlerNames()).isNotEmpty().doesNotContain("order-summary");
  }

  @Test
  void deliveries_to_projections_are_traced_as_replay_hops() {
    List<Hop> hops = new CopyOnWriteArrayList<>();
    HopListener listener = hops::addAll;
    system.tracer().addListener(listener);
    try {
      replays.start(ReplayTargetChoice.projections(List.of("order-summary")), ReplaySelection.all(), ReplaySpeed.MAX, false)
          .result().join();

      await().atMost(Duration.ofSeconds(5)).until(() -> hops.stream().anyMatch(hop -> hop.from().equals("replay")));
      assertThat(hops).filteredOn(hop -> hop.from().equals("replay"))
          .allSatisfy(hop -> {
            assertThat(hop.replay()).isTrue();
            assertThat(hop.to()).isEqualTo("subscriber:order-summary");
          });
    } finally {
      system.tracer().removeListener(listener);
    }
  }
}

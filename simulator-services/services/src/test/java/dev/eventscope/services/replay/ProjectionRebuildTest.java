package dev.eventscope.services.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.inventory.StockQuery.GetStockLevel;
import dev.eventscope.contracts.orders.OrderSummary;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.services.orders.application.OrderSummaryProjection;
import dev.eventscope.services.simulation.Simulation;
import dev.eventscope.services.simulation.SimulationConfig;
import dev.eventscope.services.system.SystemSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectionRebuildTest {
  @TempDir static Path tempDir;
  static Path dataDir;

  @BeforeAll
  static void simulate_a_small_run_on_an_embedded_store() {
    dataDir = tempDir.resolve("data");
    var report = Simulation.run(SimulationConfig.defaults().withOrders(150).withRates(0.1, 0.1).withStore("embedded", dataDir));
    assertThat(report.consistency().ok()).isTrue();
  }

  private static SystemSettings embedded() {
    return SystemSettings.of("embedded", dataDir, "memory");
  }

  /** The embedded store's events, copied into a memory backend. */
  private static InMemoryBackend memoryCopy() {
    InMemoryBackend memory = new InMemoryBackend();
    try (ReplayHost host = ReplayHost.open(embedded())) {
      EventStore source = host.system().backend().events();
      long after = 0;
      for (List<StoredEvent> page = source.readAll(after, 1_000); !page.isEmpty(); page = source.readAll(after, 1_000)) {
        for (StoredEvent event : page) {
          memory.events().append(event.aggregateId(), event.version() - 1, List.of(event.envelope()));
          after = event.position();
        }
      }
    }
    return memory;
  }

  private static ProjectionRebuild rebuild(ReplayHost host, List<String> names, ReplaySelection selection) {
    return new ProjectionRebuild(host, names, selection, ReplaySpeed.MAX, null, null);
  }

  @Test
  void a_rebuild_on_the_embedded_store_equals_the_live_read_models() {
    try (ReplayHost host = ReplayHost.open(embedded())) {
      ReplayReport report = rebuild(host, List.of(), ReplaySelection.all()).run();

      assertThat(report.completed()).isTrue();
      assertThat(report.rebuiltEqualsOriginal()).as(String.join("\n", report.mismatches())).isTrue();
      assertThat(report.selected()).isEqualTo(host.system().backend().events().lastPosition());
      assertThat(report.targets()).containsOnlyKeys("projection:order-summary", "projection:stock-levels");
      assertThat(report.targets().get("projection:order-summary").applied()).isPositive();
    }
  }

  @Test
  void a_rebuild_on_the_memory_store_equals_the_live_read_models() {
    try (ReplayHost host = ReplayHost.start(memoryCopy(), SystemSettings.inMemory())) {
      assertThat(host.projections()).isNotEmpty();
      ReplayReport report = rebuild(host, List.of(), ReplaySelection.all()).run();
      assertThat(report.rebuiltEqualsOriginal()).isTrue();
      assertThat(report.mismatches()).isEmpty();
    }
  }

  @Test
  void a_live_row_without_events_is_reported_and_the_swap_removes_it() {
    try (ReplayHost host = ReplayHost.start(memoryCopy(), SystemSettings.inMemory())) {
      OrderSummary someRow = (OrderSummary) summary(host).rows().values().iterator().next();
      var rows = host.backend().readModels().open(OrderSummaryProjection.NAME, OrderSummary.class);
      String bogus = "00000000-0000-0000-0000-000000000001";
      rows.put(bogus, withOrderId(someRow, java.util.UUID.fromString(bogus)));
      int before = summary(host).rows().size();

      ReplayReport report = rebuild(host, List.of(OrderSummaryProjection.NAME), ReplaySelection.all()).run();

      assertThat(report.rebuiltEqualsOriginal()).isFalse();
      assertThat(report.mismatches()).anyMatch(text -> text.contains("has no events behind it"));
      assertThat(report.targets()).containsOnlyKeys("projection:order-summary");
      assertThat(summary(host).rows()).hasSize(before - 1);
      assertThat(rows.get(bogus)).isEmpty();
    }
  }

  @Test
  void a_cancelled_rebuild_leaves_the_live_read_model_untouched() {
    try (ReplayHost host = ReplayHost.start(memoryCopy(), SystemSettings.inMemory())) {
      var rows = host.backend().readModels().open(OrderSummaryProjection.NAME, OrderSummary.class);
      String marker = "00000000-0000-0000-0000-000000000002";
      rows.put(marker, withOrderId((OrderSummary) summary(host).rows().values().iterator().next(), java.util.UUID.fromString(marker)));
      Map<String, ?> before = summary(host).rows();

      ProjectionRebuild rebuild = rebuild(host, List.of(), ReplaySelection.all());
      rebuild.job().pause();
      CompletableFuture<ReplayReport> running = CompletableFuture.supplyAsync(rebuild::run);
      await().until(() -> rebuild.job().state() == ReplayJob.State.PAUSED);
      rebuild.job().step();
      await().until(() -> rebuild.job().progress().done() == 1);
      rebuild.job().cancel();
      ReplayReport report = running.join();

      assertThat(report.state()).isEqualTo("cancelled");
      assertThat(report.rebuiltEqualsOriginal()).isNull();
      assertThat(summary(host).rows()).isEqualTo(before);
    }
  }

  @Test
  void a_rebuild_under_live_traffic_catches_up_before_the_swap_and_loses_nothing() {
    try (ReplayHost host = ReplayHost.start(memoryCopy(), SystemSettings.inMemory())) {
      ProjectionRebuild rebuild = rebuild(host, List.of(), ReplaySelection.all());
      rebuild.job().pause();
      CompletableFuture<ReplayReport> running = CompletableFuture.supplyAsync(rebuild::run);
      await().until(() -> rebuild.job().state() == ReplayJob.State.PAUSED);
      // Stored while the rebuild runs, past the position it replays up to.
      for (int i = 0; i < 20; i++) host.system().mediator().send(new RestockItem("SKU-LIVE-" + i, 5), "test");
      await().ignoreExceptions().until(() -> stock(host, "SKU-LIVE-19") == 5);
      rebuild.job().resume();
      ReplayReport report = running.join();

      assertThat(report.rebuiltEqualsOriginal()).as(String.join("\n", report.mismatches())).isTrue();
      for (int i = 0; i < 20; i++) assertThat(stock(host, "SKU-LIVE-" + i)).as("SKU-LIVE-%d after the swap", i).isEqualTo(5);
      host.system().mediator().send(new RestockItem("SKU-LIVE-0", 1), "test");
      await().ignoreExceptions().until(() -> stock(host, "SKU-LIVE-0") == 6);
      assertThat(host.system().dispatcher().paused()).as("delivery resumed after the swap").isFalse();
    }
  }

  private static long stock(ReplayHost host, String sku) {
    return host.system().mediator().query(new GetStockLevel(sku), "test").received();
  }

  @Test
  void a_narrow_selection_is_applied_in_place_and_not_compared() {
    try (ReplayHost host = ReplayHost.start(memoryCopy(), SystemSettings.inMemory())) {
      Map<String, ?> before = summary(host).rows();
      ReplayReport report = rebuild(host, List.of(), ReplaySelection.all().ofTypes(Set.of("OrderPlaced"))).run();
      assertThat(report.completed()).isTrue();
      assertThat(report.rebuiltEqualsOriginal()).isNull();
      assertThat(report.selected()).isEqualTo(150);
      assertThat(summary(host).rows()).isEqualTo(before);
    }
  }

  @Test
  void an_unknown_projection_name_is_refused_with_the_names_there_are() {
    try (ReplayHost host = ReplayHost.start(new InMemoryBackend(), SystemSettings.inMemory())) {
      assertThatThrownBy(() -> rebuild(host, List.of("nope"), ReplaySelection.all()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no projection named 'nope'").hasMessageContaining("order-summary");
    }
  }

  private static OrderSummary withOrderId(OrderSummary row, java.util.UUID orderId) {
    return new OrderSummary(orderId, row.customerId(), row.status(), row.totalCents(), row.currency(), row.lineCount(), row.reason(),
        row.updatedAt(), row.version());
  }

  private static Projection summary(ReplayHost host) {
    return host.projections().stream().filter(p -> p.name().equals(OrderSummaryProjection.NAME)).findFirst().orElseThrow();
  }
}

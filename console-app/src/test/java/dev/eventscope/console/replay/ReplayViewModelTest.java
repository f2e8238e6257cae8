package dev.eventscope.console.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.console.replay.ReplayViewModel.Phase;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.replay.ReplayTargetChoice;
import dev.eventscope.services.replay.Replays;
import dev.eventscope.services.simulation.OrderGenerator;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Replay screen's view-model on a real in-memory system, without a window (the UI executor runs tasks at once). */
class ReplayViewModelTest {
  static final int ORDERS = 30;

  private EventSystem system;
  private Replays replays;
  private ExecutorService background;
  private ReplayViewModel model;
  private long now = 10_000;

  @BeforeEach
  void a_system_with_some_orders() {
    system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
    List<OrderGenerator.PlannedOrder> plan = OrderGenerator.plan(ORDERS, 3, 0.1, 0.05);
    OrderGenerator.stockFor(plan).forEach((sku, quantity) -> system.mediator().send(new RestockItem(sku, quantity), "test"));
    plan.forEach(order -> system.mediator().send(order.command(), "test"));
    long[] last = {-1};
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
      long position = system.backend().events().lastPosition();
      boolean settled = position == last[0] && system.bus().drain(Duration.ofSeconds(1));
      last[0] = position;
      return settled;
    });
    replays = new Replays(system);
    background = Executors.newSingleThreadExecutor();
    model = new ReplayViewModel(replays, background, UiExecutor.immediate());
  }

  @AfterEach
  void close() {
    background.shutdownNow();
    replays.close();
    system.close();
  }

  /** One UI tick at {@code millis}, its UI work run at once. */
  private void tick(long millis) {
    now = millis;
    Runnable work = model.onTick(millis);
    if (work != null) work.run();
  }

  private void tickUntil(java.util.concurrent.Callable<Boolean> done) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
      tick(now + 100);
      return done.call();
    });
  }

  @Test
  void counts_the_selection_once_the_filters_have_been_quiet_for_a_moment() {
    tickUntil(() -> model.previewProperty().get().endsWith("events selected"));
    assertThat(model.previewProperty().get()).isEqualTo(String.format("%,d events selected", system.backend().events().lastPosition()));

    model.filters().typesProperty().set("OrderPlaced");
    tick(now + 10);
    model.filters().typesProperty().set("OrderPlaced, OrderConfirmed");
    tick(now + 10);
    assertThat(model.previewProperty().get()).as("not yet: still typing").doesNotContain("counting");

    tickUntil(() -> model.previewProperty().get().equals(
        String.format("%,d events selected", replays.count(model.filters().selection()))));
    assertThat(replays.count(model.filters().selection())).isGreaterThan(ORDERS);
  }

  @Test
  void counts_again_when_the_store_has_grown() {
    model.filters().typesProperty().set("StockRestocked");
    tickUntil(() -> model.previewProperty().get().endsWith("selected"));
    long before = replays.count(model.filters().selection());

    system.mediator().send(new RestockItem("SKU-NEW", 5), "test");
    await().atMost(Duration.ofSeconds(5)).until(() -> replays.count(model.filters().selection()) > before);

    tickUntil(() -> model.previewProperty().get().equals(String.format("%,d events selected", before + 1)));
  }

  @Test
  void counts_nothing_while_the_screen_is_not_shown() {
    model.shown(false);
    for (int i = 0; i < 20; i++) tick(now + 500);
    assertThat(model.previewProperty().get()).isEmpty();

    model.shown(true);
    tickUntil(() -> model.previewProperty().get().endsWith("selected"));
  }

  @Test
  void says_which_filter_does_not_parse() {
    model.filters().fromPositionProperty().set("ten");
    tickUntil(() -> !model.previewProperty().get().isEmpty() && !model.previewProperty().get().startsWith("counting"));

    assertThat(model.previewProperty().get()).isEqualTo("from position: a position, 0 or more");

    model.play();
    assertThat(model.phaseProperty().get()).isEqualTo(Phase.IDLE);
    assertThat(model.messageProperty().get()).startsWith("from position");
  }

  @Test
  void a_rebuild_stepped_paused_resumed_reports_that_the_rebuilt_read_models_equal_the_originals() {
    model.step();
    tickUntil(() -> model.phaseProperty().get() == Phase.PAUSED && model.progressProperty().get().startsWith("1 / "));
    model.step();
    tickUntil(() -> model.progressProperty().get().startsWith("2 / "));
    assertThat(model.progressProperty().get()).endsWith("paused");
    assertThat(model.fractionProperty().get()).isBetween(0.0, 0.5);

    model.play();
    tickUntil(() -> model.phaseProperty().get() == Phase.IDLE);

    assertThat(model.messageProperty().get()).isEqualTo("replay completed");
    assertThat(model.rebuiltEqualProperty().get()).isTrue();
    assertThat(model.verdictProperty().get()).isEqualTo("rebuilt read models equal the originals");
    assertThat(model.reportProperty().get()).contains("projection:order-summary", "projection:stock-levels");
    assertThat(model.fractionProperty().get()).isEqualTo(1.0);
  }

  @Test
  void asks_before_re_publishing_to_the_bus_and_does_nothing_when_declined() {
    List<String> asked = new ArrayList<>();
    model.useConfirmer(question -> {
      asked.add(question);
      return false;
    });
    model.targetKindProperty().set(ReplayTargetChoice.Kind.BUS);
    model.filters().typesProperty().set("OrderPlaced");

    model.play();

    await().atMost(Duration.ofSeconds(10)).until(() -> model.phaseProperty().get() == Phase.IDLE && !asked.isEmpty());
    assertThat(asked).singleElement().asString().contains("Re-publish " + ORDERS + " events to bus:memory");
    assertThat(model.messageProperty().get()).isEqualTo("not started");
    assertThat(replays.all()).isEmpty();
  }

  @Test
  void re_publishes_once_confirmed() {
    model.useConfirmer(question -> true);
    model.targetKindProperty().set(ReplayTargetChoice.Kind.BUS);
    model.filters().typesProperty().set("OrderPlaced");

    model.play();
    tickUntil(() -> !replays.all().isEmpty() && model.phaseProperty().get() == Phase.IDLE);

    assertThat(model.messageProperty().get()).isEqualTo("replay completed");
    assertThat(model.reportProperty().get()).contains(ORDERS + " replayed");
    assertThat(model.rebuiltEqualProperty().get()).isNull();
  }

  @Test
  void a_handler_replay_needs_a_handler_ticked_and_a_cancel_reports_cancelled() {
    model.targetKindProperty().set(ReplayTargetChoice.Kind.HANDLERS);
    model.play();
    assertThat(model.messageProperty().get()).isEqualTo("tick at least one handler to replay into");

    model.chosenHandlers().add("notifications");
    model.step();
    tickUntil(() -> model.phaseProperty().get() == Phase.PAUSED);
    model.cancel();
    tickUntil(() -> model.phaseProperty().get() == Phase.IDLE);

    assertThat(model.messageProperty().get()).isEqualTo("replay cancelled");
    assertThat(model.reportProperty().get()).contains("handler:notifications");
  }

  @Test
  void the_speed_slider_spans_a_tenth_to_a_hundred_times_on_a_log_scale() {
    assertThat(ReplaySpeedScale.factorAt(0)).isEqualTo(0.1);
    assertThat(ReplaySpeedScale.factorAt(1)).isEqualTo(100);
    assertThat(ReplaySpeedScale.factorAt(1.0 / 3)).isEqualTo(1.0);
    assertThat(ReplaySpeedScale.positionOf(10)).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(ReplaySpeedScale.label(false, 0.25)).isEqualTo("0.25x");
    assertThat(ReplaySpeedScale.label(true, 3)).isEqualTo("max");
  }
}

package dev.eventscope.console.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.scenario.ScenarioCatalog;
import dev.eventscope.services.simulation.RunProbe;
import dev.eventscope.services.simulation.SimulationReport.Expectation;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosViewModelTest {
  private final RunProbe probe = new RunProbe();
  private final EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of(probe));
  private final SingleThreadUi ui = new SingleThreadUi();
  private final ScenariosViewModel viewModel = new ScenariosViewModel(new ScenarioCatalog(null), system, probe, Runnable::run, ui);

  @AfterEach
  void close() {
    ui.close();
    system.close();
  }

  @Test
  void lists_the_six_shipped_scenarios_and_describes_the_first_in_words() {
    assertThat(viewModel.entries()).extracting(ScenarioEntry::name).containsExactlyElementsOf(ScenarioCatalog.BUILT_IN);
    assertThat(viewModel.entries()).allMatch(ScenarioEntry::valid);
    assertThat(viewModel.storyProperty().get()).contains("nothing goes wrong");
    assertThat(viewModel.loadProperty().get()).startsWith("200 orders").contains("50 per second");
    assertThat(viewModel.expectProperty().get()).contains("at least 200 orders confirmed");
  }

  @Test
  void fewer_orders_scale_the_promised_minimums_down() {
    viewModel.select("flaky-payments");
    assertThat(viewModel.faultsProperty().get()).contains("declines 30% of payments");

    viewModel.ordersProperty().set(60);

    assertThat(viewModel.loadProperty().get()).startsWith("60 orders");
    assertThat(viewModel.expectProperty().get()).contains("at least 30 orders confirmed", "at least 10 orders rejected");
  }

  @Test
  void runs_the_happy_path_to_the_end_with_every_expectation_held_and_saves_its_report(@TempDir Path dir) throws Exception {
    ui.await(() -> {
      viewModel.select("happy-path");
      viewModel.ordersProperty().set(40);
      viewModel.start();
    });
    assertThat(viewModel.progress().runningProperty().get()).isTrue();

    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
      tick();
      return !viewModel.progress().runningProperty().get();
    });
    tick();

    List<Expectation> results = List.copyOf(viewModel.progress().expectations());
    assertThat(results).isNotEmpty().allSatisfy(result -> assertThat(result.ok()).as(result.name() + ": " + result.detail()).isTrue());
    assertThat(results).extracting(Expectation::name).contains("orders confirmed at least 40");
    assertThat(viewModel.progress().verdictProperty().get()).isEqualTo("every expectation held");
    assertThat(viewModel.progress().phaseProperty().get()).isEqualTo("done");
    assertThat(viewModel.progress().series()).isNotEmpty();
    assertThat(viewModel.progress().series().stream().mapToLong(point -> point.placed()).sum()).isEqualTo(40);
    assertThat(viewModel.progress().narration()).anyMatch(line -> line.contains("every expectation held"));

    Path file = dir.resolve("happy.html");
    viewModel.saveReport(file).get();
    assertThat(Files.readString(file)).contains("<html", "Happy path");
    await().atMost(Duration.ofSeconds(5)).until(() -> viewModel.outcomeProperty().get().startsWith("report saved"));
  }

  @Test
  void start_while_a_run_is_going_does_not_start_a_second_one() throws Exception {
    AtomicBoolean second = new AtomicBoolean();
    ui.await(() -> {
      viewModel.select("happy-path");
      viewModel.ordersProperty().set(20);
      viewModel.start();
      var first = viewModel.progress().current();
      viewModel.start();
      second.set(viewModel.progress().current() != first);
      viewModel.stop();
    });
    assertThat(second).isFalse();
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      tick();
      return !viewModel.progress().runningProperty().get();
    });
    assertThat(viewModel.progress().narration()).contains("stopped by the user");
  }

  /** What the UI tick does: sample on its thread, apply on the UI thread. */
  private void tick() throws Exception {
    Runnable work = viewModel.onTick(System.currentTimeMillis());
    if (work != null) ui.await(work);
  }
}

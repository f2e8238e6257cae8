package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.eventscope.console.scenarios.ScenarioEntry;
import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.runtime.fault.FaultSettings;
import dev.eventscope.runtime.fault.Faults;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Scenarios screen in the real window on an in-memory system, driven headless. */
@ExtendWith(ApplicationExtension.class)
class ScenariosScreenHeadlessTest {
  private OpenConsole console;
  private MainWindow window;
  private ConsoleSession session;

  @Start
  void open(Stage stage) {
    console = OpenConsole.on(stage, Theme.DARK);
    window = console.window();
    session = console.session();
  }

  @Stop
  void close() {
    console.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void lists_the_six_shipped_scenarios_and_tells_the_selected_ones_story(FxRobot robot) {
    robot.clickOn("#nav-scenarios");

    ListView<ScenarioEntry> list = robot.lookup("#scenario-list").queryAs(ListView.class);
    assertThat(list.getItems()).extracting(ScenarioEntry::name).containsExactly(
        "happy-path", "black-friday", "flaky-payments", "poison-message", "duplicates-and-reordering", "broker-outage");

    robot.clickOn("Flaky payments");

    assertThat(robot.lookup("#scenario-story").queryAs(Label.class).getText()).contains("declines three payments in ten");
    assertThat(robot.lookup("#scenario-faults").queryAs(Label.class).getText()).contains("declines 30% of payments");
  }

  @Test
  void a_fault_slider_acts_on_the_running_system_and_follows_its_changes(FxRobot robot) throws Exception {
    Faults faults = session.context().system().faults();
    robot.clickOn("#nav-scenarios");
    Slider declines = robot.lookup("#fault-payment-decline").queryAs(Slider.class);

    robot.clickOn(declines);

    assertThat(faults.settings().paymentDeclineRate()).as("a click in the middle of the track").isCloseTo(0.5, within(0.2));

    faults.update(settings -> settings.withBus(settings.bus().withDropRate(0.15)));
    Slider drops = robot.lookup("#fault-bus-drop").queryAs(Slider.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drops.getValue() == 0.15);

    robot.clickOn("#fault-clear");

    assertThat(faults.settings()).isEqualTo(FaultSettings.NONE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(declines.getValue()).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void start_runs_the_scenario_with_live_charts_to_checked_expectations(FxRobot robot) throws Exception {
    robot.clickOn("#nav-scenarios");
    robot.interact(() -> {
      window.scenarios().select("happy-path");
      window.scenarios().ordersProperty().set(60);
    });
    // The charts must keep listening even after a collection (they once listened through a view nobody kept).
    System.gc();

    robot.clickOn("#scenario-start");

    Label verdict = robot.lookup("#scenario-verdict").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !verdict.getText().isEmpty());
    assertThat(verdict.getText()).isEqualTo("every expectation held");
    // The verdict and the phase are set one after the other on the UI thread: let it finish.
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "done".equals(robot.lookup("#scenario-phase").queryAs(Label.class).getText()));
    LineChart<Number, Number> throughput = robot.lookup("#run-chart-throughput").queryAs(LineChart.class);
    assertThat(throughput.getData().get(0).getData()).isNotEmpty();
    assertThat(robot.lookup("#scenario-phase").queryAs(Label.class).getText()).isEqualTo("done");
  }
}

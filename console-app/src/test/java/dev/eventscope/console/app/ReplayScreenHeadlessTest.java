package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.console.commands.OrderPlacer;
import dev.eventscope.console.graph.FlowSelection;
import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.trace.Hop;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The Replay screen in the real window on an in-memory system with a few hundred orders, driven headless. */
@ExtendWith(ApplicationExtension.class)
class ReplayScreenHeadlessTest {
  static final int ORDERS = 300;

  private OpenConsole console;
  private ConsoleSession session;
  private MainWindow window;

  @Start
  void open(Stage stage) {
    console = OpenConsole.on(stage, Theme.DARK);
    session = console.session();
    window = console.window();
  }

  @Stop
  void close() {
    console.close();
  }

  private void placeOrdersAndSettle() {
    EventSystem system = session.context().system();
    assertThat(new OrderPlacer(system.mediator(), "test").place(ORDERS, 42, 0.1, 0.05)).isEqualTo(ORDERS);
    long[] last = {-1};
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
      long position = system.backend().events().lastPosition();
      boolean settled = position == last[0] && system.bus().drain(Duration.ofSeconds(1));
      last[0] = position;
      return settled;
    });
  }

  private static long done(FxRobot robot) {
    String figures = robot.lookup("#replay-figures").queryAs(Label.class).getText();
    return figures.contains(" / ") ? Long.parseLong(figures.substring(0, figures.indexOf(" / ")).replace(",", "")) : 0;
  }

  @Test
  void rebuilds_the_projections_paused_and_resumed_midway_and_they_equal_the_originals(FxRobot robot) {
    placeOrdersAndSettle();
    long stored = session.context().system().backend().events().lastPosition();
    robot.clickOn("#nav-replay");
    Label preview = robot.lookup("#replay-preview").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> preview.getText().equals(String.format("%,d events selected", stored)));

    // Slow enough to catch it midway: a quarter of the original pace.
    robot.clickOn("#replay-max-speed");
    robot.interact(() -> window.replay().speedFactorProperty().set(0.25));
    assertThat(robot.lookup("#replay-speed-label").queryAs(Label.class).getText()).isEqualTo("0.25x");
    robot.clickOn("#replay-play");
    await().atMost(Duration.ofSeconds(20)).until(() -> done(robot) >= 10);

    robot.clickOn("#replay-pause");

    await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#replay-figures").queryAs(Label.class).getText().endsWith("paused"));
    long pausedAt = done(robot);
    assertThat(pausedAt).as("paused midway").isBetween(10L, stored - 1);
    ProgressBar bar = robot.lookup("#replay-progress").queryAs(ProgressBar.class);
    assertThat(bar.getProgress()).isBetween(0.0, 0.99);
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> done(robot) == pausedAt);

    robot.clickOn("#replay-step");
    await().atMost(Duration.ofSeconds(5)).until(() -> done(robot) == pausedAt + 1);

    robot.clickOn("#replay-play");

    Label verdict = robot.lookup("#replay-verdict").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(90)).until(() -> !verdict.getText().isEmpty());
    assertThat(verdict.getText()).isEqualTo("rebuilt read models equal the originals");
    assertThat(robot.lookup("#replay-figures").queryAs(Label.class).getText()).startsWith(String.format("%,d / %,d", stored, stored));
    assertThat(bar.getProgress()).isEqualTo(1.0);
    assertThat(robot.lookup("#replay-report").queryAs(Label.class).getText()).contains("completed", "projection:order-summary");
    // The replayed deliveries reached the flow graph as replay hops from the replay node.
    robot.interact(() -> window.flow().selectionProperty().set(FlowSelection.edge("replay", "subscriber:order-summary")));
    await().atMost(Duration.ofSeconds(5)).until(() -> window.flow().detailsProperty().get() != null);
    assertThat(window.flow().detailsProperty().get().recent()).isNotEmpty().allMatch(Hop::replay);
  }
}

package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.eventscope.console.theme.Theme;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Remembered split-pane dividers land on the real screens, and what the user dragged is read back. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutHeadlessTest {
  private OpenConsole console;
  private Stage stage;

  @Start
  void open(Stage opened) {
    stage = opened;
    console = OpenConsole.on(opened, Theme.LIGHT);
  }

  @Stop
  void close() {
    console.close();
  }

  @Test
  void remembered_dividers_are_applied_to_every_screen_and_read_back_after_a_drag(FxRobot robot) throws Exception {
    Map<String, SplitPane> panes = console.window().splitPanes();
    assertThat(panes).containsKeys("events-split", "trace-split", "trace-details-split", "dead-letters-split");
    WindowLayout remembered = new WindowLayout(null, null, false, Map.of("events-split", List.of(0.4), "trace-details-split", List.of(0.3)));

    robot.interact(() -> WindowLayoutKeeper.restoreDividers(remembered, panes));
    robot.clickOn("#nav-events");
    WaitForAsyncUtils.waitForFxEvents();

    SplitPane events = panes.get("events-split");
    assertThat(events.getDividerPositions()[0]).isCloseTo(0.4, within(0.02));
    assertThat(panes.get("trace-details-split").getDividerPositions()[0]).isCloseTo(0.3, within(0.02));

    robot.interact(() -> events.setDividerPositions(0.55));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(events.getDividerPositions()[0] - 0.55) < 0.02);
    WindowLayout captured = WindowLayoutKeeper.capture(remembered, stage, panes);
    assertThat(captured.dividers().get("events-split").get(0)).isCloseTo(0.55, within(0.02));
    assertThat(captured.dividers().get("trace-split").get(0)).as("a screen not touched keeps its own divider").isCloseTo(0.24, within(0.02));
    assertThat(captured.x()).isEqualTo(stage.getX());
  }
}

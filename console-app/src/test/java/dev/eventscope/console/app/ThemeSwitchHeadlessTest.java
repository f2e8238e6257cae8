package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.graph.FlowGraphView;
import dev.eventscope.console.graph.FlowSelection;
import dev.eventscope.console.theme.Theme;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Picking a theme in the running window restyles the window and the flow graph at once; so does presentation mode. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchHeadlessTest {
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
  @SuppressWarnings("unchecked")
  void picking_a_theme_in_the_status_bar_restyles_the_scene_and_the_graph(FxRobot robot) throws Exception {
    FlowGraphView graph = robot.lookup("#flow-graph").queryAs(FlowGraphView.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Theme.LIGHT.graphStylesheet().equals(graph.appliedStylesheet()));
    assertThat(stage.getScene().getStylesheets()).containsExactly(Theme.LIGHT.stylesheet());

    for (Theme next : new Theme[] {Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT}) {
      robot.clickOn("#theme-picker");
      robot.clickOn(next.displayName());

      ComboBox<Theme> picker = robot.lookup("#theme-picker").queryAs(ComboBox.class);
      assertThat(picker.getValue()).isEqualTo(next);
      assertThat(stage.getScene().getStylesheets()).as("scene after picking %s", next).containsExactly(next.stylesheet());
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> next.graphStylesheet().equals(graph.appliedStylesheet()));
    }
  }

  @Test
  void presentation_mode_enlarges_the_graph_of_the_current_theme_and_leaves_it_on_switching(FxRobot robot) throws Exception {
    FlowGraphView graph = robot.lookup("#flow-graph").queryAs(FlowGraphView.class);
    robot.clickOn("#trainer-presentation");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> String.valueOf(graph.appliedStylesheet()).contains("text-size: 15.4;"));
    assertThat(robot.lookup("#main-window").query().getStyleClass()).contains("presentation");
    assertThat(robot.lookup("#details-pane").tryQuery()).as("the graph takes the details pane's width").isEmpty();
    robot.interact(() -> console.window().flow().selectionProperty().set(new FlowSelection(FlowSelection.Kind.NODE, "mediator")));
    assertThat(robot.lookup("#details-pane").tryQuery()).as("until something in it is clicked").isPresent();
    robot.interact(() -> console.window().flow().selectionProperty().set(null));
    assertThat(robot.lookup("#details-pane").tryQuery()).isEmpty();

    robot.clickOn("#theme-picker");
    robot.clickOn(Theme.DARK.displayName());
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> String.valueOf(graph.appliedStylesheet()).contains("text-size: 15.4;")
        && graph.appliedStylesheet().contains(darkBackground()));

    robot.clickOn("#trainer-presentation");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Theme.DARK.graphStylesheet().equals(graph.appliedStylesheet()));
  }

  /** The dark graph's background colour, which the light one does not use. */
  private static String darkBackground() {
    String css = Theme.DARK.graphStylesheet();
    int at = css.indexOf("fill-color:", css.indexOf("graph {"));
    return css.substring(at, css.indexOf(';', at));
  }
}

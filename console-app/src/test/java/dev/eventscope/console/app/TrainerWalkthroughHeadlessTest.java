package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.deadletters.DeadLetterRow;
import dev.eventscope.console.graph.FlowGraphViewModel;
import dev.eventscope.console.graph.FlowSelection;
import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 5's "done when", as a trainer would do it in the window: pick flaky payments, read what
 * it will show, press Start, see the declined-payment fault and the compensations in the graph,
 * open a parked message, retry it, and save the HTML report.
 */
@ExtendWith(ApplicationExtension.class)
class TrainerWalkthroughHeadlessTest {
  private OpenConsole console;
  private MainWindow window;

  @TempDir Path folder;

  @Start
  void open(Stage stage) {
    console = OpenConsole.on(stage, Theme.LIGHT);
    window = console.window();
  }

  @Stop
  void close() {
    console.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void flaky_payments_from_story_to_retried_dead_letter_and_report(FxRobot robot) throws Exception {
    robot.clickOn("#nav-scenarios");
    robot.clickOn("Flaky payments");
    assertThat(robot.lookup("#scenario-story").queryAs(Label.class).getText()).contains("it compensates");

    robot.clickOn("#scenario-start");
    Label verdict = robot.lookup("#scenario-verdict").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !verdict.getText().isEmpty());
    assertThat(verdict.getText()).isEqualTo("every expectation held");

    FlowGraphViewModel flow = window.flow();
    for (String node : new String[] {"fault:declined", "handler:ReleaseStock", "handler:RejectOrder"}) {
      robot.interact(() -> flow.selectionProperty().set(new FlowSelection(FlowSelection.Kind.NODE, node)));
      // The details follow the selection at the next UI tick.
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> flow.details().filter(shown -> shown.selection().id().equals(node)).isPresent());
      assertThat(flow.details()).as("the graph shows %s", node).isPresent();
    }

    robot.clickOn("#nav-dead-letters");
    TableView<DeadLetterRow> parked = robot.lookup("#dead-letters-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !parked.getItems().isEmpty());
    int before = parked.getItems().size();
    // Newest first: a later message of the same order may be parked behind the failed one, above it.
    int failed = indexOf(parked, row -> row.error().contains("injected handler exception"));
    robot.interact(() -> parked.getSelectionModel().select(failed));
    assertThat(robot.lookup("#dead-letter-detail").queryAs(TextArea.class).getText()).contains("injected handler exception");
    robot.clickOn("Retry selected");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> parked.getItems().size() < before);

    Path report = folder.resolve("flaky.html");
    robot.interact(() -> window.scenarios().saveReport(report));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(report));
    assertThat(Files.readString(report)).contains("Flaky payments", "every check held", "<svg");
  }

  private static int indexOf(TableView<DeadLetterRow> table, Predicate<DeadLetterRow> wanted) {
    for (int i = 0; i < table.getItems().size(); i++) {
      if (wanted.test(table.getItems().get(i))) return i;
    }
    throw new AssertionError("no parked message matches; parked: " + table.getItems());
  }
}

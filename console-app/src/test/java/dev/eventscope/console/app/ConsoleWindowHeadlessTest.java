package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.theme.Theme;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import dev.eventscope.console.events.EventRow;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on an in-memory system, driven headless (Monocle, see the surefire
 * configuration): what a first-time user does first must work end to end.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowHeadlessTest {
  private OpenConsole console;
  private MainWindow window;
  private ConsoleSession session;

  @Start
  void open(Stage stage) {
    console = OpenConsole.on(stage, Theme.LIGHT);
    window = console.window();
    session = console.session();
  }

  @Stop
  void close() {
    console.close();
  }

  @Test
  void placing_ten_orders_from_the_welcome_card_draws_the_flow_graph(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#welcome").queryAs(Node.class).isVisible()).as("an empty graph greets a first-time user").isTrue();

    robot.clickOn("#welcome-place-orders");

    // Ten orders touch senders, mediator, handlers, aggregates, store, outbox, bus and subscribers.
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.flow().nodeCountProperty().get() >= 12);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.flow().edgeCountProperty().get()).isGreaterThanOrEqualTo(11);
    assertThat(robot.lookup("#welcome").queryAs(Node.class).isVisible()).isFalse();
    assertThat(robot.lookup("#flow-graph").queryAs(Node.class).isVisible()).isTrue();

    robot.clickOn("#nav-trace");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#trace-view .list-view").queryAs(ListView.class).getItems().isEmpty());
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_events_screen_shows_the_stored_events_and_filters_them_by_type(FxRobot robot) throws Exception {
    robot.interact(() -> window.commands().placeRandomOrders(10));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.context().system().backend().events().lastPosition() >= 40);

    robot.clickOn("#nav-events");
    TableView<EventRow> table = robot.lookup("#events-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() >= 40);

    ComboBox<String> type = robot.lookup("#events-filter-type").queryAs(ComboBox.class);
    robot.interact(() -> type.getEditor().setText("OrderPlaced"));
    robot.clickOn("#events-apply");

    long placed = session.context().system().backend().events().readAll(0, 100_000).stream()
        .filter(event -> event.type().equals("OrderPlaced")).count();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == placed);
    List<EventRow> rows = List.copyOf(table.getItems());
    assertThat(rows).isNotEmpty().allMatch(row -> row.loaded() && row.event().type().equals("OrderPlaced"));

    robot.clickOn("#events-table .table-row-cell");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.events().viewModel().detailProperty().get()).contains("\"type\" : \"OrderPlaced\"", "\"payload\"");
  }
}

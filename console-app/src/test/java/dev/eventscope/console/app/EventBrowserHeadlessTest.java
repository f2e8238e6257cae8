package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.events.EventRow;
import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Events screen's time range and correlation fields, and Copy as JSON, in the real window. */
@ExtendWith(ApplicationExtension.class)
class EventBrowserHeadlessTest {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private OpenConsole console;
  private TableView<EventRow> table;
  private List<StoredEvent> stored;

  @Start
  void open(Stage stage) {
    console = OpenConsole.on(stage, Theme.LIGHT);
  }

  @Stop
  void close() {
    console.close();
  }

  @BeforeEach
  @SuppressWarnings("unchecked")
  void placeOrders(FxRobot robot) throws Exception {
    robot.interact(() -> console.window().commands().placeRandomOrders(10));
    var events = console.session().context().system().backend().events();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> events.lastPosition() >= 40);
    robot.clickOn("#nav-events");
    table = robot.lookup("#events-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() >= 40);
    stored = events.readAll(0, 100_000).subList(0, table.getItems().size());
  }

  @Test
  void a_time_range_typed_as_the_table_shows_times_selects_the_events_between_them(FxRobot robot) throws Exception {
    Instant from = stored.get(stored.size() / 3).envelope().occurredAt();
    Instant to = stored.get(2 * stored.size() / 3).envelope().occurredAt();
    long between = stored.stream().map(event -> event.envelope().occurredAt())
        .filter(at -> !at.isBefore(from.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)) && at.toEpochMilli() <= to.toEpochMilli()).count();

    robot.interact(() -> {
      robot.lookup("#events-filter-from").queryAs(TextField.class).setText(CLOCK.format(from));
      robot.lookup("#events-filter-to").queryAs(TextField.class).setText(CLOCK.format(to));
    });
    robot.clickOn("#events-apply");

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == between && table.getItems().stream().allMatch(EventRow::loaded));
    assertThat(between).isLessThan(stored.size());
  }

  @Test
  void a_time_it_cannot_read_is_marked_and_explained_and_nothing_is_filtered(FxRobot robot) {
    int before = table.getItems().size();
    TextField from = robot.lookup("#events-filter-from").queryAs(TextField.class);
    robot.interact(() -> from.setText("half past four"));
    robot.clickOn("#events-apply");

    assertThat(from.getStyleClass()).contains(Styles.INVALID_FIELD);
    assertThat(robot.lookup("#events-filter-problem").queryAs(Label.class).getText()).contains("is not a time");
    assertThat(table.getItems()).hasSize(before);
  }

  @Test
  void a_correlation_filter_then_copy_as_json_puts_the_selected_events_envelope_on_the_clipboard(FxRobot robot) throws Exception {
    UUID correlation = stored.get(stored.size() - 1).envelope().correlationId();
    long sameFlow = stored.stream().filter(event -> event.envelope().correlationId().equals(correlation)).count();
    String last8 = correlation.toString().substring(correlation.toString().length() - 8);
    robot.interact(() -> robot.lookup("#events-filter-correlation").queryAs(TextField.class).setText(last8));
    robot.clickOn("#events-apply");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == sameFlow && table.getItems().stream().allMatch(EventRow::loaded));

    robot.clickOn("#events-table .table-row-cell");
    robot.clickOn("#events-copy-json");

    String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    assertThat(copied).contains("\"correlationId\" : \"" + correlation + "\"", "\"payload\"");
  }
}

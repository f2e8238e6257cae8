package dev.eventscope.console.events;

import dev.eventscope.console.ui.Formats;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The events table's columns: plain text cells, unsortable (the order is the store's). */
final class EventColumns {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private EventColumns() {}

  static TableColumn<EventRow, String> position() {
    return column("Position", 72, row -> Formats.count(row.position()));
  }

  static TableColumn<EventRow, String> time() {
    return loaded("Time", 96, row -> TIME.format(row.event().envelope().occurredAt()));
  }

  static TableColumn<EventRow, String> type() {
    TableColumn<EventRow, String> column = column("Type", 160, row -> row.loaded() ? row.event().type() : "loading…");
    return column;
  }

  static TableColumn<EventRow, String> aggregate() {
    return loaded("Aggregate id", 215, row -> String.valueOf(row.event().aggregateId()));
  }

  static TableColumn<EventRow, String> version() {
    return loaded("Ver.", 44, row -> Long.toString(row.event().version()));
  }

  /** The last 8 characters; the whole id in the tooltip (and the row menu copies it). */
  static TableColumn<EventRow, String> correlation() {
    TableColumn<EventRow, String> column = loaded("Correlation", 86, row -> row.event().envelope().correlationId().toString());
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String id, boolean empty) {
        super.updateItem(id, empty);
        boolean none = empty || id == null || id.isEmpty();
        setText(none ? null : id.substring(Math.max(0, id.length() - 8)));
        setTooltip(none ? null : new Tooltip(id));
      }
    });
    return column;
  }

  static TableColumn<EventRow, String> source() {
    return loaded("Source", 90, row -> String.valueOf(row.event().envelope().source()));
  }

  private static TableColumn<EventRow, String> loaded(String title, double width, Function<EventRow, String> text) {
    return column(title, width, row -> row.loaded() ? text.apply(row) : "");
  }

  private static TableColumn<EventRow, String> column(String title, double width, Function<EventRow, String> text) {
    TableColumn<EventRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setReorderable(false);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? "" : text.apply(cell.getValue())));
    return column;
  }
}

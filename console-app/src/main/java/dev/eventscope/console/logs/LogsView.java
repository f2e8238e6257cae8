package dev.eventscope.console.logs;

import dev.eventscope.console.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The log file's path, a level filter and a Follow switch above the lines. */
public final class LogsView extends VBox {
  public LogsView(LogsViewModel viewModel) {
    super(10);
    setId("logs-view");
    getStyleClass().add(Styles.PAGE);
    Label title = new Label("Logs");
    title.getStyleClass().add(Styles.TITLE);
    Label path = new Label("This run's log: " + viewModel.file() + "  (the last 10 runs are kept in that folder)");
    path.setId("logs-file");
    path.getStyleClass().add(Styles.MUTED);
    path.setWrapText(true);

    ComboBox<LogLevel> level = new ComboBox<>();
    level.setId("logs-level");
    level.getItems().setAll(LogLevel.values());
    level.valueProperty().bindBidirectional(viewModel.minimumProperty());
    CheckBox follow = new CheckBox("Follow new lines");
    follow.setId("logs-follow");
    follow.selectedProperty().bindBidirectional(viewModel.followProperty());
    Label count = new Label();
    count.getStyleClass().add(Styles.MUTED);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(10, new Label("Level and above"), level, follow, spacer, count);
    bar.setAlignment(Pos.CENTER_LEFT);

    ListView<LogLine> list = new ListView<>(viewModel.lines());
    list.setId("logs-lines");
    list.getStyleClass().add(Styles.MONO);
    list.setCellFactory(view -> new LineCell());
    list.setPlaceholder(new Label("Nothing logged yet."));
    VBox.setVgrow(list, Priority.ALWAYS);
    viewModel.lines().addListener((ListChangeListener<LogLine>) change -> {
      count.setText(viewModel.lines().size() + " lines shown");
      if (viewModel.followProperty().get() && !viewModel.lines().isEmpty()) list.scrollTo(viewModel.lines().size() - 1);
    });
    getChildren().addAll(title, path, bar, list);
  }

  /** Warnings and errors stand out; the rest is plain. */
  private static final class LineCell extends ListCell<LogLine> {
    @Override
    protected void updateItem(LogLine line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll(Styles.OUTCOME_ERROR, Styles.OUTCOME_WARN);
      if (empty || line == null) {
        setText(null);
        return;
      }
      setText(line.text());
      if (line.level() == LogLevel.ERROR) getStyleClass().add(Styles.OUTCOME_ERROR);
      else if (line.level() == LogLevel.WARN) getStyleClass().add(Styles.OUTCOME_WARN);
    }
  }
}

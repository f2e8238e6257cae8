package dev.eventscope.console.events;

import dev.eventscope.console.theme.Styles;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The stored events: filters on top, the paged table, and the selected event's JSON on the right. */
public final class EventsView extends BorderPane {
  private final EventsViewModel viewModel;
  private final TableView<EventRow> table = new TableView<>();

  public EventsView(EventsViewModel viewModel, List<String> eventTypes) {
    this.viewModel = viewModel;
    getStyleClass().addAll(Styles.PAGE, Styles.EVENTS_VIEW);
    setId("events-view");
    Label title = new Label("Stored events");
    title.getStyleClass().add(Styles.TITLE);
    title.setMinWidth(Region.USE_PREF_SIZE);
    Label status = new Label();
    status.setId("events-status");
    status.getStyleClass().add(Styles.MUTED);
    status.textProperty().bind(viewModel.statusProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox header = new HBox(12, title, status, grow, exportButton());
    header.setAlignment(Pos.CENTER_LEFT);
    VBox top = new VBox(8, header, new EventFilterBar(eventTypes, viewModel::apply));
    top.setPadding(new Insets(0, 0, 8, 0));
    setTop(top);
    configureTable();
    SplitPane split = new SplitPane(table, detailPane());
    split.setId("events-split");
    split.setDividerPositions(0.7);
    setCenter(split);
  }

  /** Every stored event the filter selects — not only the rows loaded — to a JSON Lines file. */
  private Button exportButton() {
    Button export = new Button("Export selection…");
    export.setId("events-export");
    export.setTooltip(new Tooltip("Every stored event the filter selects, as JSON Lines (eventscope import reads it)"));
    export.setOnAction(e -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Export the selected events");
      chooser.setInitialFileName("events.jsonl");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl"));
      File file = chooser.showSaveDialog(getScene().getWindow());
      if (file != null) viewModel.export(file.toPath());
    });
    return export;
  }

  private void configureTable() {
    table.setId("events-table");
    table.getStyleClass().add(Styles.EVENTS_TABLE);
    table.setPlaceholder(new Label("No events (yet)."));
    table.getColumns().addAll(List.of(EventColumns.position(), EventColumns.time(), EventColumns.type(), EventColumns.aggregate(),
        EventColumns.version(), EventColumns.correlation(), EventColumns.source()));
    table.setSortPolicy(t -> false);
    table.itemsProperty().bind(viewModel.rowsProperty());
    table.getSelectionModel().selectedIndexProperty().addListener((obs, old, next) -> selectCurrent());
    viewModel.pagesLoadedProperty().addListener((obs, old, next) -> {
      table.refresh();
      EventRow shown = viewModel.selectedProperty().get();
      if (shown != null && !shown.loaded()) selectCurrent();
    });
    table.setRowFactory(view -> {
      TableRow<EventRow> row = new TableRow<>();
      MenuItem copyId = new MenuItem("Copy correlation id");
      copyId.setOnAction(e -> copy(row.getItem().event().envelope().correlationId().toString()));
      MenuItem copyJson = new MenuItem("Copy as JSON");
      copyJson.setOnAction(e -> copy(viewModel.json().envelope(row.getItem().event())));
      ContextMenu menu = new ContextMenu(copyId, copyJson);
      row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(menu));
      return row;
    });
  }

  private void selectCurrent() {
    int index = table.getSelectionModel().getSelectedIndex();
    viewModel.select(index < 0 || index >= table.getItems().size() ? null : table.getItems().get(index));
  }

  private VBox detailPane() {
    Label title = new Label("Event JSON");
    title.getStyleClass().add(Styles.SUBTITLE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button copy = new Button("Copy as JSON");
    copy.setId("events-copy-json");
    copy.disableProperty().bind(viewModel.detailProperty().isEmpty());
    copy.setOnAction(e -> copy(viewModel.detailProperty().get()));
    HBox header = new HBox(8, title, spacer, copy);
    header.setAlignment(Pos.CENTER_LEFT);
    TextArea json = new TextArea();
    json.setId("events-json");
    json.setEditable(false);
    json.getStyleClass().add(Styles.MONO);
    json.setPromptText("Select an event to see its envelope and payload.");
    json.textProperty().bind(viewModel.detailProperty());
    VBox.setVgrow(json, Priority.ALWAYS);
    VBox box = new VBox(6, header, json);
    box.setPadding(new Insets(0, 0, 0, 8));
    return box;
  }

  private static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }
}

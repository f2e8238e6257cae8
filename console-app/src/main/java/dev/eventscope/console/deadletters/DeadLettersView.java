package dev.eventscope.console.deadletters;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.ui.PageHeader;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Parked messages: the list (all, or one subscriber's), the selected one's error and JSON, retry
 * one, several or all shown, and discard (with confirmation).
 */
public final class DeadLettersView extends VBox {
  public DeadLettersView(DeadLettersViewModel viewModel) {
    super(10);
    getStyleClass().add(Styles.PAGE);
    setId("dead-letters-view");
    PageHeader header = new PageHeader("Dead letters", viewModel.summaryProperty(),
        "A subscriber parks a message after failing on it again and again; later messages of the same "
            + "aggregate wait behind it while others flow. Fix the cause, then retry.");

    TableView<DeadLetterRow> table = new TableView<>(viewModel.rows());
    table.setId("dead-letters-table");
    table.setPlaceholder(new Label("Nothing parked: every subscriber applied what it was given."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Subscriber", 140, DeadLetterRow::subscriber));
    table.getColumns().add(column("Type", 170, DeadLetterRow::type));
    table.getColumns().add(column("Aggregate", 150, DeadLetterRow::aggregateId));
    table.getColumns().add(column("Ver.", 56, row -> Long.toString(row.version())));
    table.getColumns().add(column("Tries", 60, row -> Integer.toString(row.attempts())));
    table.getColumns().add(column("Error", 300, DeadLetterRow::error));

    TextArea detail = new TextArea();
    detail.setId("dead-letter-detail");
    detail.setEditable(false);
    detail.getStyleClass().add(Styles.MONO);
    detail.setPromptText("Select a parked message to see its error and the message as JSON.");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    ComboBox<String> subscriber = new ComboBox<>(viewModel.subscribers());
    subscriber.setId("dead-letters-subscriber");
    subscriber.valueProperty().bindBidirectional(viewModel.subscriberFilterProperty());
    Button retry = new Button("Retry selected");
    Button retryShown = new Button("Retry all shown");
    Button discard = new Button("Discard…");
    retry.setDisable(true);
    discard.setDisable(true);
    retryShown.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
      retry.setDisable(row == null);
      discard.setDisable(row == null);
      detail.setText(row == null ? "" : "error: " + row.error() + "\n\n" + row.json());
    });
    retry.setOnAction(event -> {
      List<DeadLetterRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
      if (chosen.size() == 1) viewModel.retry(chosen.get(0));
      else if (!chosen.isEmpty()) viewModel.retryAll(chosen);
    });
    retryShown.setOnAction(event -> viewModel.retryAll(List.copyOf(viewModel.rows())));
    discard.setOnAction(event -> {
      DeadLetterRow row = table.getSelectionModel().getSelectedItem();
      if (row == null) return;
      Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
          "Discard " + row.type() + " for " + row.subscriber() + "? The subscriber will never apply it.", ButtonType.CANCEL, ButtonType.OK);
      confirm.setHeaderText("Discard a parked message");
      confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.discard(row));
    });
    Label outcome = new Label();
    outcome.getStyleClass().add(Styles.MUTED);
    outcome.textProperty().bind(viewModel.outcomeProperty());
    HBox buttons = new HBox(8, subscriber, retry, retryShown, discard, outcome);
    buttons.setAlignment(Pos.CENTER_LEFT);

    VBox right = new VBox(8, buttons, detail);
    VBox.setVgrow(detail, Priority.ALWAYS);
    SplitPane split = new SplitPane(table, right);
    split.setId("dead-letters-split");
    split.setDividerPositions(0.6);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(header, split);
  }

  private static TableColumn<DeadLetterRow, String> column(String title, double width, Function<DeadLetterRow, String> text) {
    TableColumn<DeadLetterRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    return column;
  }
}

package dev.eventscope.console.shell;

import dev.eventscope.console.graph.Outcomes;
import dev.eventscope.console.graph.SelectionDetails;
import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.ui.Formats;
import dev.eventscope.runtime.trace.Hop;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right-hand pane: what is selected in the graph, its recent messages and the picked message's JSON. */
final class DetailsPane extends VBox {
  private final Label title = new Label("Details");
  private final Label kind = new Label();
  private final VBox figures = new VBox(2);
  private final ListView<Hop> recent = new ListView<>();
  private final Label hint = new Label("Click a node or an edge in the flow graph to see its recent messages here.");

  DetailsPane(DetailsViewModel model) {
    super(8);
    getStyleClass().add(Styles.DETAILS_PANE);
    setId("details-pane");
    title.getStyleClass().add(Styles.SUBTITLE);
    title.setWrapText(true);
    kind.getStyleClass().add(Styles.MUTED);
    hint.setWrapText(true);
    hint.getStyleClass().add(Styles.MUTED);
    recent.setCellFactory(view -> new HopCell());
    recent.setPlaceholder(new Label("No messages yet."));
    recent.setPrefHeight(220);
    recent.getSelectionModel().selectedItemProperty().addListener((obs, old, hop) -> {
      if (hop != null) model.selectedHopProperty().set(hop);
    });
    Label messageTitle = new Label("Message");
    messageTitle.getStyleClass().add(Styles.SUBTITLE);
    TextArea json = new TextArea();
    json.setEditable(false);
    json.setWrapText(false);
    json.getStyleClass().add(Styles.MONO);
    json.setPromptText("Pick a message above to see it as JSON.");
    json.textProperty().bind(model.jsonProperty());
    VBox.setVgrow(json, Priority.ALWAYS);
    Button trace = new Button("Show its flow on the Trace screen");
    trace.setMaxWidth(Double.MAX_VALUE);
    trace.disableProperty().bind(model.selectedHopProperty().isNull());
    trace.setOnAction(event -> model.openSelectedTrace());
    Label recentTitle = new Label("Recent messages");
    recentTitle.getStyleClass().add(Styles.SUBTITLE);
    getChildren().addAll(title, kind, hint, figures, recentTitle, recent, messageTitle, json, trace);
    model.detailsProperty().addListener((obs, old, next) -> show(next, model));
    show(model.detailsProperty().getValue(), model);
  }

  private void show(SelectionDetails details, DetailsViewModel model) {
    boolean selected = details != null;
    hint.setVisible(!selected);
    hint.setManaged(!selected);
    title.setText(selected ? details.title() : "Details");
    kind.setText(selected ? details.kind() : "");
    figures.getChildren().setAll(selected ? details.figures().stream().map(DetailsPane::figure).toList() : List.of());
    Hop picked = model.selectedHopProperty().get();
    recent.getItems().setAll(selected ? details.recent() : List.of());
    if (picked != null && recent.getItems().contains(picked)) recent.getSelectionModel().select(picked);
  }

  private static Label figure(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.MUTED);
    return label;
  }

  /** {@code 12:03:04.512  OrderPlaced  ok · 0.4 ms}, in the error colour when it went wrong. */
  private static final class HopCell extends ListCell<Hop> {
    @Override
    protected void updateItem(Hop hop, boolean empty) {
      super.updateItem(hop, empty);
      getStyleClass().removeAll(Styles.OUTCOME_ERROR, Styles.OUTCOME_WARN);
      if (empty || hop == null) {
        setText(null);
        return;
      }
      setText(Formats.clock(hop.startedAtMicros()) + "  " + hop.messageType() + "\n"
          + hop.outcome().name().toLowerCase(Locale.ROOT) + " · " + Formats.micros(hop.durationMicros())
          + (hop.detail() == null ? "" : " · " + hop.detail()));
      if (Outcomes.isError(hop.outcome())) getStyleClass().add(Styles.OUTCOME_ERROR);
      else if (Outcomes.isWarning(hop.outcome())) getStyleClass().add(Styles.OUTCOME_WARN);
    }
  }
}

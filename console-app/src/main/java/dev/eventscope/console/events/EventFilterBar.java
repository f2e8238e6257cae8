package dev.eventscope.console.events;

import dev.eventscope.console.theme.Styles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The filter fields above the table; Enter in any of them, or Filter, filters. A time the
 * from/to fields cannot read marks the field and says why, and nothing is filtered until it is fixed.
 */
final class EventFilterBar extends VBox {
  private final ComboBox<String> type = new ComboBox<>();
  private final TextField aggregate = field("aggregate id (exact)", "events-filter-aggregate");
  private final TextField correlation = field("correlation id or part", "events-filter-correlation");
  private final TextField text = field("text in payload JSON", "events-filter-text");
  private final TextField from = field("from 16:39:29", "events-filter-from");
  private final TextField to = field("to 16:40", "events-filter-to");
  private final Label problem = new Label();
  private final Clock clock;
  private final Consumer<EventFilter> apply;

  EventFilterBar(List<String> eventTypes, Consumer<EventFilter> apply) {
    this(eventTypes, apply, Clock.systemDefaultZone());
  }

  EventFilterBar(List<String> eventTypes, Consumer<EventFilter> apply, Clock clock) {
    super(4);
    this.clock = clock;
    this.apply = apply;
    type.setId("events-filter-type");
    type.setEditable(true);
    type.setPromptText("any type");
    type.getItems().add("");
    type.getItems().addAll(eventTypes);
    type.setPrefWidth(190);
    from.setPrefWidth(120);
    to.setPrefWidth(120);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button applyButton = new Button("Filter");
    applyButton.setId("events-apply");
    Button clear = new Button("Clear");
    clear.setId("events-clear");
    applyButton.setOnAction(e -> fire());
    type.setOnAction(e -> fire());
    for (TextField field : List.of(aggregate, correlation, text, from, to)) field.setOnAction(e -> fire());
    clear.setOnAction(e -> clear());
    problem.setId("events-filter-problem");
    problem.getStyleClass().add(Styles.ERROR_TEXT);
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    problem.visibleProperty().bind(problem.managedProperty());
    HBox fields = new HBox(6, type, aggregate, correlation, text);
    fields.setAlignment(Pos.CENTER_LEFT);
    FlowPane time = new FlowPane(6, 4, new Label("Time"), from, new Label("–"), to, applyButton, clear, problem);
    time.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(fields, time);
  }

  private void fire() {
    Instant start = bound(from, true);
    Instant end = bound(to, false);
    if (from.getStyleClass().contains(Styles.INVALID_FIELD) || to.getStyleClass().contains(Styles.INVALID_FIELD)) return;
    problem.setText(start != null && end != null && end.isBefore(start) ? "'to' is before 'from': nothing can match" : "");
    apply.accept(new EventFilter(type.getEditor().getText(), aggregate.getText(), correlation.getText(), text.getText(), start, end));
  }

  /** The field's instant, or null when blank or unreadable (then the field is marked and the reason shown). */
  private Instant bound(TextField field, boolean lower) {
    field.getStyleClass().remove(Styles.INVALID_FIELD);
    LocalDate today = LocalDate.now(clock);
    try {
      return lower ? TimeBound.from(field.getText(), clock.getZone(), today) : TimeBound.to(field.getText(), clock.getZone(), today);
    } catch (IllegalArgumentException e) {
      field.getStyleClass().add(Styles.INVALID_FIELD);
      problem.setText(e.getMessage());
      return null;
    }
  }

  private void clear() {
    type.getEditor().clear();
    type.setValue("");
    for (TextField field : List.of(aggregate, correlation, text, from, to)) {
      field.clear();
      field.getStyleClass().remove(Styles.INVALID_FIELD);
    }
    problem.setText("");
    apply.accept(EventFilter.NONE);
  }

  private static TextField field(String prompt, String id) {
    TextField field = new TextField();
    field.setPromptText(prompt);
    field.setId(id);
    field.setPrefWidth(170);
    return field;
  }
}

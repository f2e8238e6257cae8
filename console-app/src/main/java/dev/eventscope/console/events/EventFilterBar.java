package dev.eventscope.console.events;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The filter fields above the table; Enter in any of them, or Apply, filters. */
final class EventFilterBar extends HBox {
  private final ComboBox<String> type = new ComboBox<>();
  private final TextField aggregate = field("aggregate id (exact)", "events-filter-aggregate");
  private final TextField correlation = field("correlation id or part", "events-filter-correlation");
  private final TextField text = field("text in payload JSON", "events-filter-text");

  EventFilterBar(List<String> eventTypes, Consumer<EventFilter> apply) {
    super(6);
    setAlignment(Pos.CENTER_LEFT);
    type.setId("events-filter-type");
    type.setEditable(true);
    type.setPromptText("any type");
    type.getItems().add("");
    type.getItems().addAll(eventTypes);
    type.setPrefWidth(190);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button applyButton = new Button("Filter");
    applyButton.setId("events-apply");
    applyButton.setDefaultButton(false);
    Button clear = new Button("Clear");
    clear.setId("events-clear");
    Runnable fire = () -> apply.accept(EventFilter.of(type.getEditor().getText(), aggregate.getText(), correlation.getText(), text.getText()));
    applyButton.setOnAction(e -> fire.run());
    type.setOnAction(e -> fire.run());
    aggregate.setOnAction(e -> fire.run());
    correlation.setOnAction(e -> fire.run());
    text.setOnAction(e -> fire.run());
    clear.setOnAction(e -> {
      type.getEditor().clear();
      type.setValue("");
      aggregate.clear();
      correlation.clear();
      text.clear();
      apply.accept(EventFilter.NONE);
    });
    getChildren().addAll(type, aggregate, correlation, text, applyButton, clear);
  }

  private static TextField field(String prompt, String id) {
    TextField field = new TextField();
    field.setPromptText(prompt);
    field.setId(id);
    field.setPrefWidth(170);
    return field;
  }
}

package dev.eventscope.console.commands;

import dev.eventscope.console.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The last send's outcome, in the error colour when it was rejected, invalid or failed. */
final class SendOutcomeView extends VBox {
  SendOutcomeView(ObservableValue<SendOutcome> outcome) {
    super(4);
    setPadding(new Insets(4, 0, 0, 0));
    setId("command-outcome");
    outcome.addListener((obs, old, next) -> show(next));
  }

  private void show(SendOutcome outcome) {
    getChildren().clear();
    if (outcome == null) return;
    Label headline = new Label(outcome.headline());
    headline.getStyleClass().add(outcome.isError() ? Styles.ERROR_TEXT : Styles.OK_TEXT);
    getChildren().add(headline);
    for (String line : outcome.lines()) {
      Label detail = new Label(line);
      detail.setWrapText(true);
      detail.getStyleClass().add(Styles.MONO);
      getChildren().add(detail);
    }
    if (outcome.correlationId() != null) {
      Label correlation = new Label("correlation id " + outcome.correlationId());
      correlation.getStyleClass().add(Styles.MUTED);
      getChildren().add(correlation);
    }
  }
}

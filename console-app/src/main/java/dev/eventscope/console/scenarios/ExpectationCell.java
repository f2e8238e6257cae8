package dev.eventscope.console.scenarios;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.services.simulation.SimulationReport.Expectation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/** One checked expectation: ok or FAILED, what was expected and what happened. */
final class ExpectationCell extends ListCell<Expectation> {
  private final Label verdict = new Label();

  ExpectationCell() {
    verdict.setMinWidth(58);
    // Wrap to the list's width instead of cutting the detail off.
    setWrapText(true);
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(Expectation expectation, boolean empty) {
    super.updateItem(expectation, empty);
    verdict.getStyleClass().removeAll(Styles.OK_TEXT, Styles.ERROR_TEXT);
    if (empty || expectation == null) {
      setText(null);
      setGraphic(null);
      return;
    }
    verdict.setText(expectation.ok() ? "ok" : "FAILED");
    verdict.getStyleClass().add(expectation.ok() ? Styles.OK_TEXT : Styles.ERROR_TEXT);
    setGraphic(verdict);
    setText(expectation.name() + " — " + expectation.detail());
  }
}

package dev.eventscope.console.scenarios;

import dev.eventscope.console.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A scenario in the list: its title, and below it the name to type after {@code --scenario}. */
final class ScenarioListCell extends ListCell<ScenarioEntry> {
  private final Label title = new Label();
  private final Label name = new Label();
  private final VBox box = new VBox(1, title, name);

  ScenarioListCell() {
    getStyleClass().add(Styles.SCENARIO_CELL);
    title.getStyleClass().add(Styles.SUBTITLE);
    name.getStyleClass().add(Styles.MUTED);
  }

  @Override
  protected void updateItem(ScenarioEntry entry, boolean empty) {
    super.updateItem(entry, empty);
    if (empty || entry == null) {
      setGraphic(null);
      return;
    }
    title.setText(entry.title());
    name.setText(entry.valid() ? entry.name() : entry.name() + " (invalid)");
    setGraphic(box);
  }
}

package dev.eventscope.console.scenarios;

import javafx.scene.control.ListCell;

/** A line of text that wraps to the list's width instead of scrolling sideways. */
final class WrappingCell extends ListCell<String> {
  WrappingCell() {
    setWrapText(true);
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(String text, boolean empty) {
    super.updateItem(text, empty);
    setText(empty ? null : text);
  }
}

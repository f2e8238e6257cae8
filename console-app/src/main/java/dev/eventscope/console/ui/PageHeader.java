package dev.eventscope.console.ui;

import dev.eventscope.console.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A screen's heading: its title, a live one-line summary beside it, and a hint below. */
public final class PageHeader extends VBox {
  public PageHeader(String title, ObservableValue<String> summary, String hint) {
    super(10);
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE);
    Label live = new Label();
    live.getStyleClass().add(Styles.MUTED);
    live.textProperty().bind(summary);
    HBox line = new HBox(12, heading, live);
    line.setAlignment(Pos.BASELINE_LEFT);
    Label below = new Label(hint);
    below.getStyleClass().add(Styles.MUTED);
    below.setWrapText(true);
    getChildren().addAll(line, below);
  }
}

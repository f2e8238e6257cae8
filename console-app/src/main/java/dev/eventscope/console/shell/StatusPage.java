package dev.eventscope.console.shell;

import dev.eventscope.console.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the centre shows before the system runs: a spinner while it starts, the reason if it failed. */
final class StatusPage extends VBox {
  StatusPage(ShellViewModel shell) {
    super(14);
    getStyleClass().add(Styles.PAGE);
    setAlignment(Pos.CENTER);
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setMaxSize(48, 48);
    spinner.visibleProperty().bind(shell.stateProperty().isEqualTo(SystemState.STARTING));
    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE);
    title.textProperty().bind(Bindings.when(shell.stateProperty().isEqualTo(SystemState.FAILED))
        .then("The system did not start").otherwise("Starting the system…"));
    Label message = new Label();
    message.setWrapText(true);
    message.setMaxWidth(560);
    message.textProperty().bind(shell.stateMessageProperty());
    message.getStyleClass().add(Styles.MUTED);
    shell.stateProperty().addListener((obs, old, next) -> {
      message.getStyleClass().removeAll(Styles.MUTED, Styles.ERROR_TEXT);
      message.getStyleClass().add(next == SystemState.FAILED ? Styles.ERROR_TEXT : Styles.MUTED);
    });
    getChildren().addAll(spinner, title, message);
  }
}

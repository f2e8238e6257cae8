package dev.eventscope.console.bus;

import dev.eventscope.console.cli.UriMasking;
import dev.eventscope.console.settings.CheckState;
import dev.eventscope.console.settings.ConnectionRow;
import dev.eventscope.console.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Under a broker's strategy: the address saved in Settings (the password never shown: Settings
 * keeps it apart) and whether the broker answers, with a Test button. Editing is the Settings
 * screen's job; the Bus screen links there.
 */
final class BrokerConnectionLine extends HBox {
  BrokerConnectionLine(ConnectionRow connection) {
    super(10);
    String id = connection.connection().id();
    setId("bus-connection-" + id);
    Label address = new Label();
    address.setId("bus-address-" + id);
    address.getStyleClass().add(Styles.MONO);
    address.setMinWidth(Region.USE_PREF_SIZE);
    address.textProperty().bind(Bindings.createStringBinding(() -> shown(connection), connection.addressProperty()));
    Label state = new Label();
    state.setId("bus-connection-state-" + id);
    state.textProperty().bind(connection.messageProperty());
    state.setMinWidth(0);
    Tooltip whole = new Tooltip();
    whole.textProperty().bind(connection.messageProperty());
    state.setTooltip(whole);
    connection.stateProperty().addListener((obs, old, next) -> style(state, next));
    style(state, connection.stateProperty().get());
    Button test = new Button("Test");
    test.setId("bus-test-" + id);
    test.disableProperty().bind(connection.stateProperty().isEqualTo(CheckState.TESTING));
    test.setOnAction(event -> connection.test());
    test.setMinWidth(Region.USE_PREF_SIZE);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(0, 0, 0, 100));
    getChildren().addAll(address, state, test);
  }

  private static String shown(ConnectionRow connection) {
    String saved = connection.addressProperty().get();
    // The defaults carry a password too (RabbitMQ's guest:guest): mask whatever is shown.
    return saved == null || saved.isBlank() ? UriMasking.mask(connection.connection().defaultAddress()) + " (default)" : UriMasking.mask(saved);
  }

  private static void style(Label state, CheckState next) {
    state.getStyleClass().removeAll(Styles.OK_TEXT, Styles.ERROR_TEXT, Styles.MUTED);
    state.getStyleClass().add(switch (next) {
      case OK -> Styles.OK_TEXT;
      case FAILED -> Styles.ERROR_TEXT;
      default -> Styles.MUTED;
    });
  }
}

package dev.eventscope.console.shell;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.theme.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** bus ● health │ store │ ev/s │ cmd/s │ errors │ theme — one line along the bottom of the window. */
final class StatusBar extends HBox {
  StatusBar(StatusBarViewModel model, ObjectProperty<Theme> theme) {
    super(10);
    getStyleClass().add(Styles.STATUS_BAR);
    setId("status-bar");
    setAlignment(Pos.CENTER_LEFT);

    Circle dot = new Circle(5);
    dot.getStyleClass().add(Styles.HEALTH_DOT);
    model.busHealthyProperty().addListener((obs, was, healthy) -> healthStyle(dot, healthy));
    healthStyle(dot, false);
    Label bus = item(model.busProperty());
    bus.setGraphic(dot);
    bus.setContentDisplay(ContentDisplay.RIGHT);
    Tooltip busTip = new Tooltip();
    busTip.textProperty().bind(model.busDetailProperty());
    bus.setTooltip(busTip);

    Label errors = item(model.errorsProperty());
    errors.setId("status-errors");
    model.hasErrorsProperty().addListener((obs, was, any) -> {
      errors.getStyleClass().remove(Styles.ERROR_TEXT);
      if (any) errors.getStyleClass().add(Styles.ERROR_TEXT);
    });
    Tooltip errorTip = new Tooltip();
    errorTip.textProperty().bind(model.errorDetailProperty());
    errors.setTooltip(errorTip);

    ComboBox<Theme> themes = new ComboBox<>(FXCollections.observableArrayList(Theme.values()));
    themes.setId("theme-picker");
    themes.valueProperty().bindBidirectional(theme);
    themes.setTooltip(new Tooltip("Theme"));
    Label store = item(model.storeProperty());
    store.setId("status-store");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    getChildren().addAll(bus, separator(), store, separator(), item(model.eventsRateProperty()), separator(),
        item(model.commandsRateProperty()), separator(), errors, spacer, new Label("Theme"), themes);
  }

  private static void healthStyle(Circle dot, boolean healthy) {
    dot.getStyleClass().removeAll(Styles.HEALTHY, Styles.UNHEALTHY);
    dot.getStyleClass().add(healthy ? Styles.HEALTHY : Styles.UNHEALTHY);
  }

  private static Label item(ObservableValue<String> text) {
    Label label = new Label();
    label.getStyleClass().add(Styles.STATUS_ITEM);
    label.textProperty().bind(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private static Node separator() {
    return new Separator(Orientation.VERTICAL);
  }
}

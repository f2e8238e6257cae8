package dev.eventscope.console.shell;

import dev.eventscope.console.theme.Styles;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The screens down the left side; the selected one is the screen property's value. */
final class NavigationRail extends VBox {
  NavigationRail(ObjectProperty<Screen> screen) {
    super(2);
    getStyleClass().add(Styles.NAV_RAIL);
    Label title = new Label("Eventscope");
    title.getStyleClass().add(Styles.NAV_TITLE);
    getChildren().add(title);
    ToggleGroup group = new ToggleGroup();
    for (Screen each : Screen.values()) {
      ToggleButton button = new ToggleButton(each.title());
      button.setId("nav-" + each.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      button.getStyleClass().add(Styles.NAV_BUTTON);
      if (!each.ready()) button.getStyleClass().add(Styles.NAV_SOON);
      button.setMaxWidth(Double.MAX_VALUE);
      button.setUserData(each);
      button.setTooltip(new Tooltip(each.ready() ? each.description() : "Coming soon: " + each.description()));
      button.setToggleGroup(group);
      button.setSelected(each == screen.get());
      getChildren().add(button);
    }
    group.selectedToggleProperty().addListener((obs, old, next) -> {
      // A rail always has one screen selected: clicking the current one again keeps it.
      if (next == null) old.setSelected(true);
      else screen.set((Screen) next.getUserData());
    });
    screen.addListener((obs, old, next) -> group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == next)));
  }
}

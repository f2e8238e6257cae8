package dev.eventscope.console.shell;

import dev.eventscope.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen that is planned but not built: says so plainly, and what it will do. */
final class ComingSoonPage extends VBox {
  ComingSoonPage(Screen screen) {
    super(10);
    getStyleClass().add(Styles.PAGE);
    setAlignment(Pos.CENTER);
    Label title = new Label(screen.title());
    title.getStyleClass().add(Styles.TITLE);
    Label soon = new Label("Coming soon");
    soon.getStyleClass().add(Styles.SUBTITLE);
    Label what = new Label(screen.description());
    what.setWrapText(true);
    what.setMaxWidth(460);
    what.getStyleClass().add(Styles.MUTED);
    Label meanwhile = new Label("Meanwhile the Flow, Trace and Commands screens work.");
    meanwhile.getStyleClass().add(Styles.MUTED);
    VBox card = new VBox(10, title, soon, what, meanwhile);
    card.getStyleClass().add(Styles.CARD);
    card.setMaxWidth(520);
    card.setMaxHeight(USE_PREF_SIZE);
    getChildren().add(card);
  }
}

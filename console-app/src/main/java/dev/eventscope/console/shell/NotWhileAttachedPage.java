package dev.eventscope.console.shell;

import dev.eventscope.console.theme.Styles;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A screen that needs the system in this process, shown while the console watches one served
 * elsewhere: says so, and which command gives the screen back.
 */
final class NotWhileAttachedPage extends VBox {
  /** What each such screen is for, completing "run `eventscope console` to …". */
  static final Map<Screen, String> NEEDS_LOCAL_SYSTEM = Map.of(
      Screen.COMMANDS, "compose and send any command (the Flow screen's \"Place 10 orders\" works here)",
      Screen.SCENARIOS, "run scenarios and switch faults on",
      Screen.REPLAY, "replay stored events",
      Screen.DEAD_LETTERS, "inspect, retry or discard parked messages",
      Screen.SAGAS, "follow the sagas in flight",
      Screen.SETTINGS, "choose the store and brokers of the system it runs");

  NotWhileAttachedPage(Screen screen, String address) {
    super(10);
    getStyleClass().add(Styles.PAGE);
    setAlignment(Pos.CENTER);
    setId("not-while-attached-" + screen.id());
    Label title = new Label(screen.title());
    title.getStyleClass().add(Styles.TITLE);
    Label notHere = new Label("Not available while attached to " + address);
    notHere.setId("not-while-attached");
    notHere.getStyleClass().add(Styles.SUBTITLE);
    notHere.setWrapText(true);
    Label what = new Label("Run `eventscope console` to " + NEEDS_LOCAL_SYSTEM.get(screen)
        + ": it runs the system in the console itself.");
    what.setWrapText(true);
    what.setMaxWidth(460);
    what.getStyleClass().add(Styles.MUTED);
    Label works = new Label("While attached, the Flow, Trace, Events, Bus and Logs screens work.");
    works.setWrapText(true);
    works.getStyleClass().add(Styles.MUTED);
    VBox card = new VBox(10, title, notHere, what, works);
    card.getStyleClass().add(Styles.CARD);
    card.setMaxWidth(520);
    card.setMaxHeight(USE_PREF_SIZE);
    getChildren().add(card);
  }
}

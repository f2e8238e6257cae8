package dev.eventscope.console.tour;

import dev.eventscope.console.shell.Screen;
import dev.eventscope.console.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A dimmed layer over the screen with the current step's card: title, text, Back, Next and Skip.
 * {@code highlight} is told which navigation item to point at (null when the tour closes).
 */
public final class TourOverlay extends StackPane {
  public TourOverlay(TourViewModel tour, Consumer<Screen> highlight) {
    setId("tour");
    getStyleClass().add(Styles.TOUR_LAYER);
    visibleProperty().bind(tour.showingProperty());
    managedProperty().bind(tour.showingProperty());

    Label progress = new Label();
    progress.setId("tour-progress");
    progress.getStyleClass().add(Styles.MUTED);
    progress.textProperty().bind(Bindings.createStringBinding(() -> "Tour · step " + tour.progress(), tour.indexProperty()));
    Label title = new Label();
    title.setId("tour-title");
    title.getStyleClass().add(Styles.TITLE);
    title.textProperty().bind(Bindings.createStringBinding(() -> tour.stepProperty().get().title(), tour.stepProperty()));
    Label text = new Label();
    text.setId("tour-text");
    text.setWrapText(true);
    text.textProperty().bind(Bindings.createStringBinding(() -> tour.stepProperty().get().text(), tour.stepProperty()));
    Label where = new Label();
    where.getStyleClass().add(Styles.MUTED);
    where.textProperty().bind(Bindings.createStringBinding(
        () -> "On the left: " + tour.stepProperty().get().screen().title(), tour.stepProperty()));

    Button skip = new Button("Skip tour");
    skip.setId("tour-skip");
    skip.setOnAction(event -> tour.finish());
    Button back = new Button("Back");
    back.setId("tour-back");
    back.disableProperty().bind(tour.firstProperty());
    back.setOnAction(event -> tour.back());
    Button next = new Button();
    next.setId("tour-next");
    next.getStyleClass().add(Styles.PRIMARY);
    next.textProperty().bind(Bindings.when(tour.lastProperty()).then("Done").otherwise("Next"));
    next.setOnAction(event -> tour.next());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(8, skip, spacer, back, next);
    buttons.setAlignment(Pos.CENTER_LEFT);

    VBox card = new VBox(12, progress, title, text, where, buttons);
    card.getStyleClass().addAll(Styles.CARD, Styles.TOUR_CARD);
    card.setMaxWidth(460);
    card.setMaxHeight(USE_PREF_SIZE);
    getChildren().add(card);

    tour.stepProperty().addListener((obs, old, step) -> highlight.accept(tour.showingProperty().get() ? step.screen() : null));
    tour.showingProperty().addListener((obs, old, on) -> {
      highlight.accept(on ? tour.stepProperty().get().screen() : null);
      if (on) next.requestFocus();
    });
  }
}

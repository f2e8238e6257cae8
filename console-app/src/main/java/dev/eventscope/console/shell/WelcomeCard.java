package dev.eventscope.console.shell;

import dev.eventscope.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What a first-time user sees on an empty graph: what this is and the one button to press. It hides
 * itself as soon as the graph has a node (the flow graph binds its visibility).
 */
final class WelcomeCard extends VBox {
  WelcomeCard(Runnable placeOrders, Runnable openCommands) {
    super(12);
    getStyleClass().addAll(Styles.CARD, Styles.WELCOME);
    setId("welcome");
    setMaxSize(520, Region.USE_PREF_SIZE);
    setAlignment(Pos.CENTER_LEFT);
    Label title = new Label("Welcome to Eventscope");
    title.getStyleClass().add(Styles.TITLE);
    Label what = new Label("The order-fulfilment system is running. Every command and event it handles will appear here as a live graph: "
        + "who sent it, which handler took it, which aggregate decided, and which subscribers reacted.");
    what.setWrapText(true);
    Label next = new Label("Start with ten orders. Then click any node or edge to see its messages on the right, "
        + "and open Trace to follow one order from PlaceOrder to its confirmation (or its compensation).");
    next.setWrapText(true);
    next.getStyleClass().add(Styles.MUTED);
    Button place = new Button("Place 10 orders");
    place.setId("welcome-place-orders");
    place.getStyleClass().add(Styles.PRIMARY);
    place.setDefaultButton(true);
    place.setOnAction(event -> placeOrders.run());
    Button compose = new Button("Send a command myself");
    compose.setOnAction(event -> openCommands.run());
    getChildren().addAll(title, what, next, new HBox(10, place, compose));
  }
}

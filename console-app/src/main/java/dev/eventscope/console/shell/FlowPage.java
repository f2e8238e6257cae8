package dev.eventscope.console.shell;

import dev.eventscope.console.graph.FlowGraphView;
import dev.eventscope.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The flow screen: a title row with the one action a demo needs, the trainer controls, and the graph. */
final class FlowPage extends VBox {
  FlowPage(FlowGraphView graph, Runnable placeOrders, Node trainerBar) {
    super(8);
    getStyleClass().add(Styles.PAGE);
    Label title = new Label("Live flow");
    title.getStyleClass().add(Styles.TITLE);
    title.setMinWidth(Region.USE_PREF_SIZE);
    Label hint = new Label("Edges pulse with traffic and turn red on failures; click a node or an edge for its messages.");
    hint.getStyleClass().add(Styles.MUTED);
    hint.setMinWidth(0);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button place = new Button("Place 10 orders");
    place.setId("place-orders");
    place.setMinWidth(Region.USE_PREF_SIZE);
    place.setOnAction(event -> placeOrders.run());
    HBox header = new HBox(12, title, hint, spacer, place);
    header.setAlignment(Pos.BASELINE_LEFT);
    VBox.setVgrow(graph, Priority.ALWAYS);
    getChildren().addAll(header, trainerBar, graph);
  }
}

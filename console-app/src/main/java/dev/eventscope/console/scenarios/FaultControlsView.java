package dev.eventscope.console.scenarios;

import dev.eventscope.console.theme.Styles;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Live fault sliders: each acts on the running system's next message, and follows what a scenario sets. */
public final class FaultControlsView extends VBox {
  private final GridPane grid = new GridPane();
  private int rows;

  public FaultControlsView(FaultControlsViewModel viewModel) {
    super(8);
    setId("fault-controls");
    getStyleClass().add(Styles.CARD);
    Label title = new Label("Live faults");
    title.getStyleClass().add(Styles.SUBTITLE);
    Label state = new Label();
    state.getStyleClass().add(Styles.MUTED);
    state.textProperty().bind(viewModel.summaryProperty());
    HBox heading = new HBox(8, title, state);
    heading.setAlignment(Pos.BASELINE_LEFT);

    grid.setHgap(6);
    grid.setVgap(2);
    ColumnConstraints sliderColumn = new ColumnConstraints();
    sliderColumn.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(sliderColumn, new ColumnConstraints(52));
    rate("payment-decline", "Payment declines", viewModel.paymentDeclineRateProperty());
    rate("stock-shortage", "Stock shortages", viewModel.stockShortageRateProperty());
    rate("bus-drop", "Bus drops", viewModel.dropRateProperty());
    rate("bus-duplicate", "Bus duplicates", viewModel.duplicateRateProperty());
    rate("bus-reorder", "Bus reorders", viewModel.reorderRateProperty());
    slider("bus-latency", "Bus latency", viewModel.latencyMsProperty(), 500, ms -> Math.round(ms) + " ms");
    slider("slow-projections", "Slow projections", viewModel.slowProjectionMsProperty(), 500, ms -> Math.round(ms) + " ms");
    rate("handler-exceptions", "Handler exceptions (all)", viewModel.handlerExceptionRateProperty());

    CheckBox outage = new CheckBox("Broker outage");
    outage.setId("fault-outage");
    outage.selectedProperty().bindBidirectional(viewModel.outageProperty());
    Button clear = new Button("Clear all faults");
    clear.setId("fault-clear");
    clear.setOnAction(event -> viewModel.clearAll());
    // Wraps rather than cutting the words off when a theme's font is wider.
    FlowPane bottom = new FlowPane(10, 6, outage, clear);
    bottom.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(heading, grid, bottom);
  }

  private void rate(String id, String name, DoubleProperty property) {
    slider(id, name, property, 1, rate -> String.format(Locale.ROOT, "%.0f%%", rate * 100));
  }

  private void slider(String id, String name, DoubleProperty property, double max, DoubleFunction<String> format) {
    Label label = new Label(name);
    label.getStyleClass().add(Styles.MUTED);
    Slider slider = new Slider(0, max, 0);
    slider.setId("fault-" + id);
    slider.setBlockIncrement(max / 20);
    slider.valueProperty().bindBidirectional(property);
    Label value = new Label();
    value.setAlignment(Pos.CENTER_RIGHT);
    value.setMaxWidth(Double.MAX_VALUE);
    value.textProperty().bind(Bindings.createStringBinding(() -> format.apply(property.get()), property));
    grid.add(label, 0, rows++, 2, 1);
    grid.add(slider, 0, rows);
    grid.add(value, 1, rows++);
  }
}

package dev.eventscope.console.scenarios;

import dev.eventscope.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The tweaks before a run (orders, rate, seed) and Start / Stop. */
final class RunControls extends HBox {
  RunControls(ScenariosViewModel viewModel) {
    super(8);
    setAlignment(Pos.CENTER_LEFT);
    setId("scenario-controls");

    Spinner<Integer> orders = new Spinner<>(1, 1_000_000, viewModel.ordersProperty().get(), 10);
    orders.setId("scenario-orders");
    orders.setEditable(true);
    orders.setPrefWidth(100);
    orders.valueProperty().addListener((obs, old, value) -> {
      if (value != null) viewModel.ordersProperty().set(value);
    });
    viewModel.ordersProperty().addListener((obs, old, value) -> orders.getValueFactory().setValue(value.intValue()));

    Spinner<Double> rate = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100_000, viewModel.rateProperty().get(), 10));
    rate.setId("scenario-rate");
    rate.setEditable(true);
    rate.setPrefWidth(95);
    rate.setTooltip(new Tooltip("Orders per second; 0 keeps the scenario's own load profile"));
    rate.valueProperty().addListener((obs, old, value) -> {
      if (value != null) viewModel.rateProperty().set(value);
    });
    viewModel.rateProperty().addListener((obs, old, value) -> rate.getValueFactory().setValue(value.doubleValue()));

    TextField seed = new TextField(Long.toString(viewModel.seedProperty().get()));
    seed.setId("scenario-seed");
    seed.setPrefColumnCount(6);
    seed.textProperty().addListener((obs, old, text) -> {
      try {
        viewModel.seedProperty().set(Long.parseLong(text.trim()));
      } catch (NumberFormatException e) {
        // Not a number yet (being typed): keep the last good seed.
      }
    });
    viewModel.seedProperty().addListener((obs, old, value) -> {
      if (!seed.getText().trim().equals(value.toString())) seed.setText(value.toString());
    });

    Button start = new Button("Start");
    start.setId("scenario-start");
    start.getStyleClass().add(Styles.PRIMARY);
    start.setDefaultButton(false);
    start.disableProperty().bind(viewModel.progress().runningProperty().or(viewModel.selectedProperty().isNull()));
    start.setOnAction(event -> viewModel.start());
    Button stop = new Button("Stop");
    stop.setId("scenario-stop");
    stop.disableProperty().bind(viewModel.progress().runningProperty().not());
    stop.setOnAction(event -> viewModel.stop());
    orders.disableProperty().bind(viewModel.progress().runningProperty());
    rate.disableProperty().bind(viewModel.progress().runningProperty());
    seed.disableProperty().bind(viewModel.progress().runningProperty());

    getChildren().addAll(muted("Orders"), orders, muted("Rate /s"), rate, muted("Seed"), seed, start, stop);
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.MUTED);
    return label;
  }
}

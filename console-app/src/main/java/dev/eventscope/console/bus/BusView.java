package dev.eventscope.console.bus;

import dev.eventscope.console.settings.CheckState;
import dev.eventscope.console.settings.ConnectionRow;
import dev.eventscope.console.theme.Styles;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.system.BusSwitch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The current bus and its health; the strategies with a Switch button each and, for a broker, its
 * saved address and whether it answers; switch progress and history.
 */
public final class BusView extends VBox {
  private static final Map<String, String> ABOUT = Map.of(
      "memory", "In this process: no broker, nothing survives a restart.",
      "kafka", "Apache Kafka: topics per context, key = aggregate id.",
      "rabbitmq", "RabbitMQ: a topic exchange, one queue per subscriber, dead-letter exchange.",
      "redis", "Redis Streams: one stream per context, consumer groups per subscriber.");

  private final BusViewModel viewModel;
  private final List<ConnectionRow> brokers = new ArrayList<>();

  /**
   * {@code connections} gives the Settings screen's connection for a strategy (null for one without a
   * broker); {@code openSettings} shows the Settings screen, where they are edited.
   */
  public BusView(BusViewModel viewModel, Function<String, ConnectionRow> connections, Runnable openSettings) {
    this(viewModel, connections, settingsNote(openSettings));
  }

  /** The bus of a system served at {@code address}: it switches with the brokers configured there. */
  public static BusView served(BusViewModel viewModel, String address) {
    Label note = note("A switch asks the server at " + address + ": it connects to the brokers configured there.");
    return new BusView(viewModel, name -> null, new HBox(10, note));
  }

  private BusView(BusViewModel viewModel, Function<String, ConnectionRow> connections, HBox noteRow) {
    super(12);
    this.viewModel = viewModel;
    getStyleClass().add(Styles.PAGE);
    setId("bus-view");
    Label title = new Label("Bus");
    title.getStyleClass().add(Styles.TITLE);
    noteRow.setAlignment(Pos.CENTER_LEFT);
    VBox strategies = new VBox(6);
    BusViewModel.STRATEGIES.forEach(name -> strategies.getChildren().add(strategyRow(name, connections.apply(name))));
    Label historyTitle = new Label("Switches so far");
    historyTitle.getStyleClass().add(Styles.SUBTITLE);
    TableView<BusSwitch> table = history();
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(title, current(), noteRow, strategies, progress(), historyTitle, table);
  }

  private static HBox settingsNote(Runnable openSettings) {
    Label note = note("A switch connects to the broker addresses saved in Settings (passwords are kept apart and never shown).");
    Button edit = new Button("Edit connections…");
    edit.setId("bus-edit-connections");
    edit.setMinWidth(Region.USE_PREF_SIZE);
    edit.setOnAction(e -> openSettings.run());
    return new HBox(10, note, edit);
  }

  private static Label note(String text) {
    Label note = new Label(text);
    note.getStyleClass().add(Styles.MUTED);
    note.setWrapText(true);
    note.setMinWidth(0);
    HBox.setHgrow(note, Priority.ALWAYS);
    return note;
  }

  private HBox current() {
    Circle dot = new Circle(5);
    dot.getStyleClass().add(Styles.HEALTH_DOT);
    Label text = new Label("Current bus: …");
    text.setId("bus-current");
    text.getStyleClass().add(Styles.BUS_CURRENT);
    viewModel.healthProperty().addListener((obs, old, next) -> {
      text.setText(describe(next));
      dot.getStyleClass().removeAll(Styles.HEALTHY, Styles.UNHEALTHY);
      dot.getStyleClass().add(next != null && next.healthy() ? Styles.HEALTHY : Styles.UNHEALTHY);
    });
    HBox row = new HBox(8, dot, text);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static String describe(BusHealth health) {
    if (health == null) return "Current bus: …";
    return "Current bus: " + health.strategy() + " — " + (health.healthy() ? "healthy" : "unhealthy")
        + (health.detail() == null || health.detail().isBlank() ? "" : " (" + health.detail() + ")");
  }

  /** Tests each broker not tested yet (on first showing: the screen then says which brokers answer). */
  public void shown() {
    brokers.stream().filter(row -> row.stateProperty().get() == CheckState.UNTESTED).forEach(ConnectionRow::test);
  }

  private VBox strategyRow(String name, ConnectionRow connection) {
    Label label = new Label(name);
    label.getStyleClass().add(Styles.SUBTITLE);
    label.setMinWidth(90);
    Label about = new Label(ABOUT.getOrDefault(name, ""));
    about.getStyleClass().add(Styles.MUTED);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button button = new Button("Switch");
    button.setId("bus-switch-" + name);
    button.setOnAction(e -> viewModel.switchTo(name));
    Runnable update = () -> {
      boolean current = name.equals(viewModel.currentStrategy());
      button.setText(current ? "Current" : "Switch");
      button.setDisable(current || viewModel.stageProperty().get().busy());
    };
    viewModel.healthProperty().addListener((obs, old, next) -> update.run());
    viewModel.stageProperty().addListener((obs, old, next) -> update.run());
    update.run();
    HBox line = new HBox(10, label, about, spacer, button);
    line.setAlignment(Pos.CENTER_LEFT);
    VBox row = new VBox(4, line);
    row.getStyleClass().add(Styles.BUS_STRATEGY);
    if (connection != null) {
      brokers.add(connection);
      row.getChildren().add(new BrokerConnectionLine(connection));
    }
    return row;
  }

  private HBox progress() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setMaxSize(18, 18);
    spinner.visibleProperty().bind(viewModel.stageProperty().isEqualTo(SwitchStage.CONNECTING)
        .or(viewModel.stageProperty().isEqualTo(SwitchStage.DRAINING)));
    spinner.managedProperty().bind(spinner.visibleProperty());
    Label progress = new Label();
    progress.setId("bus-progress");
    progress.getStyleClass().add(Styles.OK_TEXT);
    progress.textProperty().bind(viewModel.progressProperty());
    Label error = new Label();
    error.setId("bus-error");
    error.setWrapText(true);
    error.getStyleClass().add(Styles.ERROR_TEXT);
    error.textProperty().bind(viewModel.errorProperty());
    HBox row = new HBox(8, spinner, progress, error);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private TableView<BusSwitch> history() {
    TableView<BusSwitch> table = new TableView<>(viewModel.history());
    table.setId("bus-history");
    table.setPlaceholder(new Label("No switches yet."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("From", BusSwitch::from));
    table.getColumns().add(column("To", BusSwitch::to));
    table.getColumns().add(column("Drain", s -> s.drainMs() + " ms"));
    table.getColumns().add(column("Drained fully", s -> s.drained() ? "yes" : "no"));
    return table;
  }

  private static TableColumn<BusSwitch, String> column(String title, Function<BusSwitch, String> text) {
    TableColumn<BusSwitch, String> column = new TableColumn<>(title);
    column.setPrefWidth(140);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    return column;
  }
}

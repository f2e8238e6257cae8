package dev.eventscope.console.replay;

import dev.eventscope.console.replay.ReplayViewModel.Phase;
import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.ui.PageHeader;
import dev.eventscope.services.replay.ReplayTargetChoice.Kind;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Replay screen: what to replay (filters and their live count), where to (projections,
 * handlers, the bus) and how fast, the controls, the progress bar and the report. It only binds
 * and forwards; the confirm dialog is the one question it asks itself.
 */
public final class ReplayView extends VBox {
  public ReplayView(ReplayViewModel viewModel) {
    super(12);
    getStyleClass().add(Styles.PAGE);
    setId("replay-view");
    viewModel.useConfirmer(ReplayView::confirm);
    PageHeader header = new PageHeader("Replay", viewModel.messageProperty(),
        "Replay stored events, marked replay=true, into projections (a safe rebuild into a shadow copy, swapped in when complete), "
            + "handlers (those with outside effects skip them) or the bus. Replayed messages are drawn dashed in the flow graph.");
    HBox columns = new HBox(16, card("Events", selection(viewModel)), card("Target and speed", target(viewModel)));
    columns.getChildren().forEach(column -> HBox.setHgrow(column, Priority.ALWAYS));
    getChildren().addAll(header, columns, card("Run", run(viewModel)));
  }

  private static VBox card(String title, Node content) {
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.SUBTITLE);
    VBox card = new VBox(10, heading, content);
    card.getStyleClass().add(Styles.CARD);
    card.setMaxWidth(Double.MAX_VALUE);
    return card;
  }

  private static Node selection(ReplayViewModel viewModel) {
    ReplayFilters filters = viewModel.filters();
    GridPane grid = new GridPane();
    grid.getStyleClass().add(Styles.FORM);
    grid.setHgap(8);
    grid.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints();
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, fields, labels, fields);
    grid.addRow(0, new Label("From position"), field("replay-from-position", filters.fromPositionProperty(), "1"),
        new Label("to"), field("replay-to-position", filters.toPositionProperty(), "last"));
    grid.addRow(1, new Label("Since"), field("replay-since", filters.sinceProperty(), "2026-01-31T12:00:00Z"),
        new Label("until"), field("replay-until", filters.untilProperty(), "now"));
    grid.add(new Label("Event types"), 0, 2);
    grid.add(field("replay-types", filters.typesProperty(), "OrderPlaced, OrderRejected"), 1, 2, 3, 1);
    grid.add(new Label("Aggregate ids"), 0, 3);
    grid.add(field("replay-aggregates", filters.aggregateIdsProperty(), "any"), 1, 3, 3, 1);
    grid.add(new Label("Correlation id"), 0, 4);
    grid.add(field("replay-correlation", filters.correlationIdProperty(), "any flow"), 1, 4, 3, 1);
    grid.add(new Label("Contexts"), 0, 5);
    grid.add(field("replay-contexts", filters.contextsProperty(), "orders, inventory, payments, shipping"), 1, 5, 3, 1);
    Label preview = new Label();
    preview.setId("replay-preview");
    preview.getStyleClass().add(Styles.SUBTITLE);
    preview.textProperty().bind(viewModel.previewProperty());
    Label hint = new Label("Empty fields take everything; ranges include both ends.");
    hint.getStyleClass().add(Styles.MUTED);
    return new VBox(10, grid, preview, hint);
  }

  private static TextField field(String id, StringProperty value, String prompt) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(value);
    return field;
  }

  private static Node target(ReplayViewModel viewModel) {
    ToggleGroup kinds = new ToggleGroup();
    RadioButton projections = kind("Rebuild projections", Kind.PROJECTIONS, kinds, viewModel);
    RadioButton handlers = kind("Replay into handlers", Kind.HANDLERS, kinds, viewModel);
    RadioButton bus = kind("Re-publish to the bus", Kind.BUS, kinds, viewModel);
    Node projectionChoice = choices(viewModel.projectionNames(), viewModel.chosenProjections(), "none ticked = every projection");
    Node handlerChoice = choices(viewModel.handlerNames(), viewModel.chosenHandlers(), "tick at least one");
    projectionChoice.disableProperty().bind(projections.selectedProperty().not());
    handlerChoice.disableProperty().bind(handlers.selectedProperty().not());
    Label busHint = new Label("every subscriber gets them again; asks first");
    busHint.getStyleClass().add(Styles.MUTED);

    CheckBox max = new CheckBox("As fast as possible");
    max.setId("replay-max-speed");
    max.selectedProperty().bindBidirectional(viewModel.maxSpeedProperty());
    Slider slider = new Slider(0, 1, ReplaySpeedScale.positionOf(viewModel.speedFactorProperty().get()));
    slider.setId("replay-speed");
    slider.disableProperty().bind(max.selectedProperty());
    HBox.setHgrow(slider, Priority.ALWAYS);
    slider.valueProperty().addListener((obs, old, at) -> viewModel.speedFactorProperty().set(ReplaySpeedScale.factorAt(at.doubleValue())));
    viewModel.speedFactorProperty().addListener((obs, old, factor) -> {
      if (Math.abs(ReplaySpeedScale.factorAt(slider.getValue()) - factor.doubleValue()) > 1e-9) {
        slider.setValue(ReplaySpeedScale.positionOf(factor.doubleValue()));
      }
    });
    Label speed = new Label();
    speed.setId("replay-speed-label");
    speed.setMinWidth(48);
    speed.textProperty().bind(Bindings.createStringBinding(
        () -> ReplaySpeedScale.label(viewModel.maxSpeedProperty().get(), viewModel.speedFactorProperty().get()),
        viewModel.maxSpeedProperty(), viewModel.speedFactorProperty()));
    Label scale = new Label("0.1x … 100x of the original timing");
    scale.getStyleClass().add(Styles.MUTED);
    HBox speedRow = new HBox(8, max, slider, speed);
    speedRow.setAlignment(Pos.CENTER_LEFT);
    return new VBox(8, projections, projectionChoice, handlers, handlerChoice, bus, busHint, new Label("Speed"), speedRow, scale);
  }

  private static RadioButton kind(String text, Kind kind, ToggleGroup group, ReplayViewModel viewModel) {
    RadioButton button = new RadioButton(text);
    button.setId("replay-target-" + kind.id());
    button.setToggleGroup(group);
    button.setSelected(viewModel.targetKindProperty().get() == kind);
    button.selectedProperty().addListener((obs, was, selected) -> {
      if (selected) viewModel.targetKindProperty().set(kind);
    });
    return button;
  }

  private static Node choices(List<String> names, ObservableSet<String> chosen, String hint) {
    FlowPane boxes = new FlowPane(12, 6);
    boxes.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
    for (String name : names) {
      CheckBox box = new CheckBox(name);
      box.setId("replay-choice-" + name);
      box.setSelected(chosen.contains(name));
      box.selectedProperty().addListener((obs, was, selected) -> {
        if (selected) chosen.add(name);
        else chosen.remove(name);
      });
      boxes.getChildren().add(box);
    }
    Label muted = new Label(hint);
    muted.getStyleClass().add(Styles.MUTED);
    boxes.getChildren().add(muted);
    return boxes;
  }

  private static Node run(ReplayViewModel viewModel) {
    Button play = new Button("Play");
    play.setId("replay-play");
    play.getStyleClass().add(Styles.PRIMARY);
    play.setOnAction(event -> viewModel.play());
    Button pause = new Button("Pause");
    pause.setId("replay-pause");
    pause.setOnAction(event -> viewModel.pause());
    Button step = new Button("Step");
    step.setId("replay-step");
    step.setOnAction(event -> viewModel.step());
    Button cancel = new Button("Cancel");
    cancel.setId("replay-cancel");
    cancel.setOnAction(event -> viewModel.cancel());
    var phase = viewModel.phaseProperty();
    play.disableProperty().bind(Bindings.createBooleanBinding(() -> phase.get() == Phase.STARTING || phase.get() == Phase.RUNNING, phase));
    pause.disableProperty().bind(phase.isNotEqualTo(Phase.RUNNING));
    step.disableProperty().bind(Bindings.createBooleanBinding(() -> phase.get() == Phase.STARTING || phase.get() == Phase.RUNNING, phase));
    cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> phase.get() != Phase.RUNNING && phase.get() != Phase.PAUSED, phase));

    ProgressBar bar = new ProgressBar(0);
    bar.setId("replay-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(bar, Priority.ALWAYS);
    bar.progressProperty().bind(viewModel.fractionProperty());
    Label figures = new Label();
    figures.setId("replay-figures");
    figures.textProperty().bind(viewModel.progressProperty());
    HBox controls = new HBox(8, play, pause, step, cancel, bar);
    controls.setAlignment(Pos.CENTER_LEFT);

    Label verdict = new Label();
    verdict.setId("replay-verdict");
    verdict.textProperty().bind(viewModel.verdictProperty());
    viewModel.rebuiltEqualProperty().addListener((obs, old, equal) -> {
      verdict.getStyleClass().removeAll(Styles.OK_TEXT, Styles.ERROR_TEXT);
      if (equal != null) verdict.getStyleClass().add(equal ? Styles.OK_TEXT : Styles.ERROR_TEXT);
    });
    Label report = new Label();
    report.setId("replay-report");
    report.getStyleClass().add(Styles.MONO);
    report.setWrapText(true);
    report.textProperty().bind(viewModel.reportProperty());
    return new VBox(8, controls, figures, verdict, report);
  }

  private static boolean confirm(String question) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
    alert.setHeaderText("Start this replay?");
    return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
  }
}

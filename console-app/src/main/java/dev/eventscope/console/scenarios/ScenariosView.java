package dev.eventscope.console.scenarios;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.services.simulation.SimulationReport.Expectation;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Scenarios screen: the scenario list and the live fault sliders on the left; the selected
 * scenario's story, load, faults and expectations, the tweaks and Start/Stop, and while it runs its
 * charts and narration, at the end its checked expectations and the HTML report.
 */
public final class ScenariosView extends BorderPane {
  private static final double LEFT_WIDTH = 270;

  public ScenariosView(ScenariosViewModel viewModel, FaultControlsViewModel faults) {
    getStyleClass().add(Styles.PAGE);
    setId("scenarios-view");
    setLeft(left(viewModel, faults));
    ScrollPane centre = new ScrollPane(centre(viewModel));
    centre.setFitToWidth(true);
    // The lists at the bottom give way first; below their minimum height the page scrolls.
    centre.setFitToHeight(true);
    centre.getStyleClass().add(Styles.SCENARIO_SCROLL);
    BorderPane.setMargin(centre, new javafx.geometry.Insets(0, 0, 0, 12));
    setCenter(centre);
  }

  private static Node left(ScenariosViewModel viewModel, FaultControlsViewModel faults) {
    ListView<ScenarioEntry> list = new ListView<>(viewModel.entries());
    list.setId("scenario-list");
    list.setCellFactory(view -> new ScenarioListCell());
    list.getSelectionModel().select(viewModel.selectedProperty().get());
    list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
      if (entry != null) viewModel.selectedProperty().set(entry);
    });
    viewModel.selectedProperty().addListener((obs, old, entry) -> list.getSelectionModel().select(entry));
    // While a run goes the list stays readable but cannot change: the story shown is the one running.
    list.mouseTransparentProperty().bind(viewModel.progress().runningProperty());
    list.focusTraversableProperty().bind(viewModel.progress().runningProperty().not());
    list.setPrefHeight(viewModel.entries().size() * 40 + 4);
    list.setMinHeight(140);
    Label title = new Label("Scenarios");
    title.getStyleClass().add(Styles.TITLE);
    VBox left = new VBox(10, title, list, new FaultControlsView(faults));
    VBox.setVgrow(list, Priority.NEVER);
    left.setPrefWidth(LEFT_WIDTH);
    left.setMinWidth(LEFT_WIDTH);
    left.setMaxWidth(LEFT_WIDTH);
    return left;
  }

  private static Node centre(ScenariosViewModel viewModel) {
    RunProgress progress = viewModel.progress();
    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE);
    title.textProperty().bind(Bindings.createStringBinding(
        () -> viewModel.selectedProperty().get() == null ? "" : viewModel.selectedProperty().get().title(), viewModel.selectedProperty()));
    Label phase = new Label();
    phase.setId("scenario-phase");
    phase.getStyleClass().add(Styles.SCENARIO_PHASE);
    phase.textProperty().bind(progress.phaseProperty());
    HBox heading = new HBox(12, title, phase);
    heading.setAlignment(Pos.BASELINE_LEFT);

    VBox story = card(section("The story", wrapped(viewModel.storyProperty(), "scenario-story")),
        section("Load", wrapped(viewModel.loadProperty(), "scenario-load")),
        section("Faults", wrapped(viewModel.faultsProperty(), "scenario-faults")));
    VBox plan = card(section("Expected at the end", wrapped(viewModel.expectProperty(), "scenario-expect")));
    HBox about = new HBox(10, story, plan);
    HBox.setHgrow(story, Priority.ALWAYS);
    HBox.setHgrow(plan, Priority.ALWAYS);
    story.setPrefWidth(1);
    plan.setPrefWidth(1);

    Node controls = new RunControls(viewModel);
    RunCharts charts = new RunCharts(progress.series());

    ListView<String> narration = new ListView<>(progress.narration());
    narration.setId("scenario-narration");
    narration.setCellFactory(view -> new WrappingCell());
    narration.setPlaceholder(new Label("Press Start: what happens is told here."));
    progress.narration().addListener((javafx.collections.ListChangeListener<String>) change -> narration.scrollTo(narration.getItems().size() - 1));
    ListView<Expectation> results = new ListView<>(progress.expectations());
    results.setId("scenario-results");
    results.setCellFactory(view -> new ExpectationCell());
    results.setPlaceholder(new Label("Checked when the run ends."));
    Label verdict = new Label();
    verdict.setId("scenario-verdict");
    verdict.textProperty().bind(progress.verdictProperty());
    progress.verdictProperty().addListener((obs, old, text) -> {
      verdict.getStyleClass().removeAll(Styles.OK_TEXT, Styles.ERROR_TEXT);
      if (!text.isEmpty()) verdict.getStyleClass().add(text.startsWith("every") ? Styles.OK_TEXT : Styles.ERROR_TEXT);
    });
    VBox told = section("What happened", narration);
    VBox checked = section("Expectations", verdict, results, saveRow(viewModel));
    HBox bottom = new HBox(10, told, checked);
    HBox.setHgrow(told, Priority.ALWAYS);
    HBox.setHgrow(checked, Priority.ALWAYS);
    told.setPrefWidth(1);
    checked.setPrefWidth(1);
    narration.setPrefHeight(170);
    narration.setMinHeight(90);
    results.setPrefHeight(130);
    results.setMinHeight(70);
    VBox.setVgrow(narration, Priority.ALWAYS);
    VBox.setVgrow(results, Priority.ALWAYS);
    VBox.setVgrow(bottom, Priority.ALWAYS);

    VBox centre = new VBox(10, heading, about, controls, charts, bottom);
    centre.getStyleClass().add(Styles.SCENARIO_CENTRE);
    return centre;
  }

  private static Node saveRow(ScenariosViewModel viewModel) {
    Button save = new Button("Save HTML report…");
    save.setId("scenario-save-report");
    save.disableProperty().bind(viewModel.progress().reportProperty().isNull());
    save.setOnAction(event -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Save the run's HTML report");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML report", "*.html"));
      chooser.setInitialFileName(viewModel.progress().reportProperty().get().scenario().name() + "-report.html");
      File file = chooser.showSaveDialog(save.getScene().getWindow());
      if (file != null) viewModel.saveReport(file.toPath());
    });
    Label outcome = new Label();
    outcome.getStyleClass().add(Styles.MUTED);
    outcome.textProperty().bind(viewModel.outcomeProperty());
    HBox row = new HBox(10, save, outcome);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static Label wrapped(javafx.beans.value.ObservableValue<String> text, String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.textProperty().bind(text);
    label.setMinHeight(Label.USE_PREF_SIZE);
    return label;
  }

  private static VBox section(String heading, Node... content) {
    Label label = new Label(heading);
    label.getStyleClass().add(Styles.SUBTITLE);
    VBox box = new VBox(4, label);
    box.getChildren().addAll(content);
    return box;
  }

  private static VBox card(Node... content) {
    VBox card = new VBox(10, content);
    card.getStyleClass().add(Styles.CARD);
    return card;
  }
}

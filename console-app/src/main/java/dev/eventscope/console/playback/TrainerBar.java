package dev.eventscope.console.playback;

import dev.eventscope.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Pause, Step, Resume, Slow motion (with its rate), the dispatcher's state, and Presentation mode. */
public final class TrainerBar extends HBox {
  public TrainerBar(PlaybackViewModel viewModel) {
    super(6);
    getStyleClass().add(Styles.TRAINER_BAR);
    setId("trainer-bar");
    setAlignment(Pos.CENTER_LEFT);
    Button pause = button("Pause", "trainer-pause", "Stop publishing stored events to the bus.");
    pause.setOnAction(e -> viewModel.pause());
    Button step = button("Step", "trainer-step", "Publish exactly one more event.");
    step.setOnAction(e -> viewModel.step());
    Button resume = button("Resume", "trainer-resume", "Publish at full speed again.");
    resume.setOnAction(e -> viewModel.resume());
    ToggleButton slow = new ToggleButton("Slow motion");
    slow.setId("trainer-slow");
    slow.setTooltip(new Tooltip("Publish at most the chosen number of events per second."));
    slow.setOnAction(e -> viewModel.slowMotion(slow.isSelected()));
    viewModel.modeProperty().addListener((obs, old, next) -> slow.setSelected(next == PlaybackMode.SLOW_MOTION));
    Spinner<Integer> rate = new Spinner<>(1, 20, viewModel.eventsPerSecondProperty().get());
    rate.setId("trainer-rate");
    rate.setPrefWidth(68);
    rate.setTooltip(new Tooltip("Events per second in slow motion"));
    rate.valueProperty().addListener((obs, old, next) -> viewModel.eventsPerSecondProperty().set(next));
    pause.disableProperty().bind(viewModel.modeProperty().isEqualTo(PlaybackMode.PAUSED));
    resume.disableProperty().bind(viewModel.modeProperty().isEqualTo(PlaybackMode.RUNNING));
    Label state = new Label();
    state.setId("trainer-state");
    state.getStyleClass().add(Styles.TRAINER_STATE);
    state.textProperty().bind(viewModel.stateProperty());
    state.setMinWidth(USE_PREF_SIZE);
    ToggleButton presentation = new ToggleButton("Presentation");
    presentation.setId("trainer-presentation");
    presentation.setTooltip(new Tooltip("Larger type, graph labels and nodes for a projector."));
    presentation.selectedProperty().bindBidirectional(viewModel.presentationProperty());
    getChildren().addAll(pause, step, resume, slow, rate, state, presentation);
  }

  private static Button button(String text, String id, String tip) {
    Button button = new Button(text);
    button.setId(id);
    button.setTooltip(new Tooltip(tip));
    return button;
  }
}

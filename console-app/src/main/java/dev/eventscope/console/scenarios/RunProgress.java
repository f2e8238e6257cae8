package dev.eventscope.console.scenarios;

import dev.eventscope.services.scenario.ScenarioRun;
import dev.eventscope.services.simulation.RunSeries;
import dev.eventscope.services.simulation.SimulationReport;
import dev.eventscope.services.simulation.SimulationReport.Expectation;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the screen shows of the current (or last) run: its phase, one chart point per second, the
 * narration and, at the end, the report with its expectations. Sampled on the UI tick, so the
 * UI thread sees at most one small update per tick.
 */
public final class RunProgress {
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("not started");
  private final ObservableList<RunSeries.Point> series = FXCollections.observableArrayList();
  private final ObservableList<String> narration = FXCollections.observableArrayList();
  private final ObservableList<Expectation> expectations = FXCollections.observableArrayList();
  // Made once and kept: an unmodifiable view listens to its list weakly, so a view made per call
  // and not kept by its caller would stop passing changes on.
  private final ObservableList<RunSeries.Point> seriesView = FXCollections.unmodifiableObservableList(series);
  private final ObservableList<String> narrationView = FXCollections.unmodifiableObservableList(narration);
  private final ObservableList<Expectation> expectationsView = FXCollections.unmodifiableObservableList(expectations);
  private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<SimulationReport> report = new ReadOnlyObjectWrapper<>();
  private volatile ScenarioRun run;
  private int seenPoints;
  private int seenLines;
  private ScenarioRun.Phase seenPhase;

  /** UI thread: a new run begins; forget the last one. */
  void begin(ScenarioRun started) {
    run = started;
    seenPoints = 0;
    seenLines = 0;
    seenPhase = null;
    series.clear();
    narration.clear();
    expectations.clear();
    verdict.set("");
    report.set(null);
    running.set(true);
    phase.set(words(ScenarioRun.Phase.READY));
  }

  /** Tick thread: the run's new points, lines and phase, or null when nothing changed. */
  Runnable onTick(long nowMillis) {
    ScenarioRun current = run;
    if (current == null) return null;
    ScenarioRun.Phase nowPhase = current.phase();
    List<RunSeries.Point> points = current.series();
    List<String> lines = current.narration();
    if (nowPhase == seenPhase && points.size() == seenPoints && lines.size() == seenLines) return null;
    List<RunSeries.Point> newPoints = points.subList(Math.min(seenPoints, points.size()), points.size());
    List<String> newLines = lines.subList(Math.min(seenLines, lines.size()), lines.size());
    seenPhase = nowPhase;
    seenPoints = points.size();
    seenLines = lines.size();
    return () -> {
      if (run != current) return;
      series.addAll(newPoints);
      narration.addAll(newLines);
      if (running.get()) phase.set(words(nowPhase));
    };
  }

  /** UI thread: the run ended with this report. */
  void finished(SimulationReport result) {
    running.set(false);
    report.set(result);
    List<Expectation> results = result.expectations() == null ? List.of() : result.expectations();
    expectations.setAll(results);
    long failed = results.stream().filter(e -> !e.ok()).count();
    verdict.set(failed == 0 ? "every expectation held" : failed + (failed == 1 ? " expectation FAILED" : " expectations FAILED"));
    phase.set("done");
  }

  /** UI thread: the run broke off. */
  void failed(String why) {
    running.set(false);
    verdict.set("the run failed: " + why);
    phase.set("failed");
  }

  ScenarioRun current() {
    return run;
  }

  private static String words(ScenarioRun.Phase phase) {
    return switch (phase) {
      case READY -> "getting ready";
      case PLACING -> "placing orders";
      case SETTLING -> "waiting for every order to finish";
      case CHECKING -> "checking the expectations";
      case DONE -> "done";
    };
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ObservableList<RunSeries.Point> series() {
    return seriesView;
  }

  public ObservableList<String> narration() {
    return narrationView;
  }

  public ObservableList<Expectation> expectations() {
    return expectationsView;
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SimulationReport> reportProperty() {
    return report.getReadOnlyProperty();
  }
}

package dev.eventscope.console.scenarios;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.report.HtmlReport;
import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioCatalog;
import dev.eventscope.services.scenario.ScenarioRun;
import dev.eventscope.services.simulation.RunProbe;
import dev.eventscope.services.simulation.SimulationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Scenarios screen's state: the catalog's scenarios, the selected one in words (tweaks
 * included), and starting and stopping one run at a time on the console's system. The run's
 * live state is {@link #progress()}.
 */
public final class ScenariosViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ScenariosViewModel.class);
  /** Like the headless simulator: a few concurrent clients place the orders. */
  static final int CLIENTS = 4;
  static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(2);

  private final EventSystem system;
  private final RunProbe probe;
  private final Executor background;
  private final UiExecutor ui;
  private final ObservableList<ScenarioEntry> entries = FXCollections.observableArrayList();
  private final ObjectProperty<ScenarioEntry> selected = new SimpleObjectProperty<>(this, "selected");
  private final IntegerProperty orders = new SimpleIntegerProperty(this, "orders", 1);
  /** Orders per second; 0 keeps the scenario's own load profile. */
  private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 0);
  private final LongProperty seed = new SimpleLongProperty(this, "seed");
  private final ReadOnlyStringWrapper story = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper load = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper faults = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper expect = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
  private final ObservableList<ScenarioEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
  private final RunProgress progress = new RunProgress();

  public ScenariosViewModel(ScenarioCatalog catalog, EventSystem system, RunProbe probe, Executor background, UiExecutor ui) {
    this.system = system;
    this.probe = probe;
    this.background = background;
    this.ui = ui;
    entries.setAll(ScenarioEntry.all(catalog));
    selected.addListener((obs, old, entry) -> select(entry));
    orders.addListener((obs, old, value) -> describe());
    rate.addListener((obs, old, value) -> describe());
    if (!entries.isEmpty()) selected.set(entries.get(0));
  }

  private void select(ScenarioEntry entry) {
    if (entry == null || !entry.valid()) {
      story.set(entry == null ? "" : "This scenario cannot be read: " + entry.error());
      load.set("");
      faults.set("");
      expect.set("");
      return;
    }
    ScenarioTweaks written = ScenarioTweaks.of(entry.scenario());
    story.set(unwrapped(entry.scenario().description()));
    orders.set(written.orders());
    rate.set(0);
    seed.set(written.seed());
    describe();
  }

  /** YAML block text keeps the file's line breaks; the screen wraps to its own width, paragraphs stay. */
  static String unwrapped(String text) {
    return text.strip().replaceAll("(?<!\\n)\\n(?!\\n)", " ");
  }

  private void describe() {
    Scenario tweaked = tweaked();
    if (tweaked == null) return;
    load.set(ScenarioWords.load(tweaked));
    faults.set(bullets(ScenarioWords.faults(tweaked)));
    expect.set(bullets(ScenarioWords.expectations(tweaked.expect())));
  }

  private static String bullets(List<String> lines) {
    return String.join("\n", lines.stream().map(line -> "• " + line).toList());
  }

  /** The selected scenario with the tweaks laid over it, or null when none (or an invalid one) is selected. */
  Scenario tweaked() {
    ScenarioEntry entry = selected.get();
    if (entry == null || !entry.valid()) return null;
    double perSecond = rate.get();
    return new ScenarioTweaks(Math.max(1, orders.get()), perSecond > 0 ? perSecond : null, seed.get()).applyTo(entry.scenario());
  }

  /** Selects a scenario by name; false when the catalog has none of that name. */
  public boolean select(String name) {
    for (ScenarioEntry entry : entries) {
      if (entry.name().equals(name)) {
        selected.set(entry);
        return true;
      }
    }
    return false;
  }

  /** UI thread: starts the selected scenario in the background, unless one is already running. */
  public void start() {
    Scenario scenario = tweaked();
    if (scenario == null || progress.runningProperty().get()) return;
    ScenarioRun run = new ScenarioRun(system, probe, scenario, CLIENTS, SETTLE_TIMEOUT);
    progress.begin(run);
    outcome.set("");
    LOG.info("starting scenario {} ({} orders, seed {})", scenario.name(), scenario.orders(), scenario.seed());
    run.start().result().whenComplete((report, error) -> ui.execute(() -> {
      if (error != null) progress.failed(error.getMessage());
      else progress.finished(report);
    }));
  }

  /** UI thread: stops placing orders; the run still waits for the placed ones and reports. */
  public void stop() {
    ScenarioRun run = progress.current();
    if (run != null && progress.runningProperty().get()) run.stop();
  }

  /** Writes the last run's HTML report; completes with the outcome said in {@link #outcomeProperty()}. */
  public CompletableFuture<Void> saveReport(Path file) {
    SimulationReport report = progress.reportProperty().get();
    if (report == null) return CompletableFuture.completedFuture(null);
    return CompletableFuture.runAsync(() -> {
      String said;
      try {
        Files.writeString(file, HtmlReport.render(report), StandardCharsets.UTF_8);
        said = "report saved to " + file;
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not save the report to {}: {}", file, e.toString());
        said = "could not save the report: " + e.getMessage();
      }
      String message = said;
      ui.execute(() -> outcome.set(message));
    }, background);
  }

  /** Tick thread. */
  public Runnable onTick(long nowMillis) {
    return progress.onTick(nowMillis);
  }

  public ObservableList<ScenarioEntry> entries() {
    return entriesView;
  }

  public ObjectProperty<ScenarioEntry> selectedProperty() {
    return selected;
  }

  public IntegerProperty ordersProperty() {
    return orders;
  }

  public DoubleProperty rateProperty() {
    return rate;
  }

  public LongProperty seedProperty() {
    return seed;
  }

  public ReadOnlyStringProperty storyProperty() {
    return story.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty loadProperty() {
    return load.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty faultsProperty() {
    return faults.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty expectProperty() {
    return expect.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public RunProgress progress() {
    return progress;
  }
}

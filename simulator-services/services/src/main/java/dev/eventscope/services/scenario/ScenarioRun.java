package dev.eventscope.services.scenario;

import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.runtime.fault.FaultSettings;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.simulation.OrderDriver;
import dev.eventscope.services.simulation.OrderGenerator;
import dev.eventscope.services.simulation.Pacer;
import dev.eventscope.services.simulation.RunProbe;
import dev.eventscope.services.simulation.RunReporter;
import dev.eventscope.services.simulation.RunSeries;
import dev.eventscope.services.simulation.SimulationReport;
import dev.eventscope.services.simulation.SimulationReport.ScenarioSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays one scenario against a running system (the headless simulator's, or the console's):
 * switches its faults on, stocks the shelves, places its orders at its load profile while its
 * timeline plays, waits for every order to finish, switches the faults off again, then reports
 * and checks its expectations. Headless callers use {@link #execute()}; the console starts it in
 * the background with {@link #start} and watches {@link #series()} and {@link #narration()}.
 */
public final class ScenarioRun {
  private static final Logger LOG = LoggerFactory.getLogger(ScenarioRun.class);

  private final EventSystem system;
  private final RunProbe probe;
  private final Scenario scenario;
  private final int clients;
  private final Duration timeout;
  private final Pacer pacer;
  private final List<String> narration = Collections.synchronizedList(new ArrayList<>());
  private final CompletableFuture<SimulationReport> result = new CompletableFuture<>();
  private volatile RunSeries series;
  private volatile Phase phase = Phase.READY;

  /** Where a run is. */
  public enum Phase { READY, PLACING, SETTLING, CHECKING, DONE }

  /**
   * @param probe a subscriber of {@code system} (see {@link RunProbe})
   * @param timeout how long to wait for every order to finish after the last one was placed
   */
  public ScenarioRun(EventSystem system, RunProbe probe, Scenario scenario, int clients, Duration timeout) {
    this.system = system;
    this.probe = probe;
    this.scenario = scenario;
    this.clients = clients;
    this.timeout = timeout;
    this.pacer = new Pacer(scenario.load(), scenario.orders(), scenario.duration());
  }

  /** Runs in the background; {@link #result()} completes with the report. */
  public ScenarioRun start() {
    Thread thread = new Thread(() -> {
      try {
        result.complete(execute());
      } catch (RuntimeException e) {
        LOG.warn("scenario {} failed: {}", scenario.name(), e.toString());
        result.completeExceptionally(e);
      }
    }, "eventscope-scenario");
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  public SimulationReport execute() {
    probe.begin(system.backend().events().lastPosition());
    RunReporter reporter = new RunReporter(system, probe);
    system.faults().set(scenario.faults().applyTo(FaultSettings.NONE));
    say("scenario " + scenario.name() + " starts: " + describeLoad());
    restock();
    long started = System.nanoTime();
    series = new RunSeries(probe, system.metrics()).start();
    try (ScenarioTimeline timeline = new ScenarioTimeline(system, scenario, this::say)) {
      timeline.start();
      phase = Phase.PLACING;
      new OrderDriver(system.mediator(), probe, clients).place(pacer, new ScenarioOrders(scenario, system.faults(), system.faultRecorder()));
      long loadEnded = System.nanoTime();
      say(probe.placed() + " orders placed; waiting for every order to finish");
      phase = Phase.SETTLING;
      if (!stopped()) awaitQuietly(timeline);
      long faultsEnded = stopped() ? loadEnded : started + timeline.end().toNanos();
      boolean allFinal = awaitAllFinal();
      system.faults().clear();
      boolean quiet = system.awaitQuiescent(Duration.ofSeconds(60));
      if (!allFinal || !quiet) LOG.warn("scenario {} ended with orders pending (all final: {}, quiescent: {})", scenario.name(), allFinal, quiet);
      phase = Phase.CHECKING;
      series.close();
      double seconds = (System.nanoTime() - started) / 1e9;
      double settle = Math.max(0, probe.lastFinalNanos() - Math.max(loadEnded, faultsEnded)) / 1e9;
      SimulationReport report = reporter.report(scenario.seed(), seconds, series, List.of());
      long compensations = reporter.storedSince("StockReleased", "PaymentRefunded");
      long parked = system.deadLetters().size();
      RunFacts facts = new RunFacts(report, settle, parked, compensations);
      report = report.withScenario(new ScenarioSummary(scenario.name(), scenario.title(), scenario.description().strip(),
          Math.round(settle * 100) / 100.0, parked, compensations), scenario.expect().evaluate(facts));
      say(report.passed() ? "every expectation held" : "an expectation failed");
      return report;
    } finally {
      system.faults().clear();
      phase = Phase.DONE;
    }
  }

  private void restock() {
    int perSku = scenario.stockPerSku() != null ? scenario.stockPerSku() : ScenarioOrders.autoStock(scenario);
    if (perSku == 0) return;
    for (int s = 0; s < scenario.skus().count(); s++) {
      system.mediator().send(new RestockItem(OrderGenerator.sku(s), perSku), "simulator");
    }
  }

  private void awaitQuietly(ScenarioTimeline timeline) {
    try {
      timeline.awaitDone(timeline.end().plus(timeout));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean awaitAllFinal() {
    try {
      return probe.awaitAllFinal(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String describeLoad() {
    String count = scenario.orders() != null ? scenario.orders() + " orders" : "orders for " + scenario.duration().toSeconds() + " s";
    double peak = scenario.load().peakRate();
    return count + (peak == Double.POSITIVE_INFINITY ? " as fast as possible" : ", up to " + Math.round(peak) + "/s");
  }

  private void say(String words) {
    LOG.info("[{}] {}", scenario.name(), words);
    narration.add(words);
  }

  private boolean stopped() {
    return pacer.stopped();
  }

  /** Stops placing orders; the run then waits for the placed ones and reports as usual. */
  public void stop() {
    if (!pacer.stopped()) say("stopped by the user");
    pacer.stop();
  }

  public Scenario scenario() {
    return scenario;
  }

  public Phase phase() {
    return phase;
  }

  /** One point per second so far (empty before the orders start). */
  public List<RunSeries.Point> series() {
    RunSeries current = series;
    return current == null ? List.of() : current.points();
  }

  /** What happened so far, in words, oldest first. */
  public List<String> narration() {
    synchronized (narration) {
      return List.copyOf(narration);
    }
  }

  public CompletableFuture<SimulationReport> result() {
    return result;
  }
}

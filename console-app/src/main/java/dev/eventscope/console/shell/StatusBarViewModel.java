package dev.eventscope.console.shell;

import dev.eventscope.console.ui.Formats;
import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.system.EventSystem;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's figures, sampled once a second on the tick thread: the bus strategy and its
 * health, the store, events stored and commands sent per second, and errors (failed commands and
 * dead-lettered events), and rejected commands apart: a rejection is a business answer, not a
 * fault, but the graph draws it in the error colour, so the bar names it.
 */
public final class StatusBarViewModel {
  static final long SAMPLE_MILLIS = 1_000;

  private final ReadOnlyStringWrapper bus = new ReadOnlyStringWrapper("bus: —");
  private final ReadOnlyBooleanWrapper busHealthy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper busDetail = new ReadOnlyStringWrapper("the system is starting");
  private final ReadOnlyStringWrapper store = new ReadOnlyStringWrapper("store: starting…");
  private final ReadOnlyStringWrapper eventsRate = new ReadOnlyStringWrapper("— ev/s");
  private final ReadOnlyStringWrapper commandsRate = new ReadOnlyStringWrapper("— cmd/s");
  private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper("0 errors");
  private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper errorDetail = new ReadOnlyStringWrapper("");

  private volatile EventSystem system;
  private volatile HopFeed feed;
  private long lastSampleMillis = -1;
  private long lastEvents;
  private long lastCommands;

  /** UI thread, once the system runs. */
  public void attach(EventSystem running, HopFeed hops) {
    this.feed = hops;
    this.system = running;
    store.set("store: " + running.backend().events().describe());
  }

  /** Tick thread. */
  public Runnable onTick(long nowMillis) {
    EventSystem running = system;
    if (running == null || (lastSampleMillis >= 0 && nowMillis - lastSampleMillis < SAMPLE_MILLIS)) return null;
    Metrics metrics = running.metrics();
    long events = metrics.get(Metrics.EVENTS_STORED);
    long commands = metrics.get(Metrics.COMMANDS_SENT);
    double seconds = lastSampleMillis < 0 ? 1 : (nowMillis - lastSampleMillis) / 1_000.0;
    double eventsPerSecond = lastSampleMillis < 0 ? 0 : (events - lastEvents) / seconds;
    double commandsPerSecond = lastSampleMillis < 0 ? 0 : (commands - lastCommands) / seconds;
    lastSampleMillis = nowMillis;
    lastEvents = events;
    lastCommands = commands;
    long failed = metrics.get(Metrics.COMMANDS_FAILED);
    long parked = metrics.get(Metrics.DEAD_LETTERED);
    long rejected = metrics.get(Metrics.COMMANDS_REJECTED);
    long dropped = running.tracer().droppedCount() + feed.droppedCount();
    BusHealth health = running.bus().health();
    String errorTip = failed + " failed commands, " + parked + " dead-lettered events, " + rejected
        + " rejected commands (business answers); " + dropped + " hops not drawn (sampled under load)";
    return () -> {
      bus.set("bus: " + health.strategy());
      busHealthy.set(health.healthy());
      busDetail.set(health.healthy() ? "healthy" + detail(health) : "unhealthy" + detail(health));
      eventsRate.set(Formats.count(Math.round(eventsPerSecond)) + " ev/s");
      commandsRate.set(Formats.count(Math.round(commandsPerSecond)) + " cmd/s");
      errors.set(Formats.count(failed + parked) + (failed + parked == 1 ? " error" : " errors")
          + (rejected > 0 ? " · " + Formats.count(rejected) + " rejected" : ""));
      hasErrors.set(failed + parked > 0);
      errorDetail.set(errorTip);
    };
  }

  private static String detail(BusHealth health) {
    return health.detail() == null || health.detail().isBlank() ? "" : ": " + health.detail();
  }

  public ReadOnlyStringProperty busProperty() {
    return bus.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busHealthyProperty() {
    return busHealthy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty busDetailProperty() {
    return busDetail.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty storeProperty() {
    return store.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty eventsRateProperty() {
    return eventsRate.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty commandsRateProperty() {
    return commandsRate.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorsProperty() {
    return errors.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasErrorsProperty() {
    return hasErrors.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorDetailProperty() {
    return errorDetail.getReadOnlyProperty();
  }
}

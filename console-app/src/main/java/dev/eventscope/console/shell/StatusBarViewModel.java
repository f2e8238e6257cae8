package dev.eventscope.console.shell;

import dev.eventscope.console.ui.Formats;
import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.runtime.bus.BusHealth;
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

  private volatile SystemStatus source;
  private long lastSampleMillis = -1;
  private long lastEvents;
  private long lastCommands;

  /** UI thread, once the system runs. */
  public void attach(EventSystem running, HopFeed hops) {
    attach(SystemStatus.of(running, hops));
  }

  /** UI thread, once the figures can be read (a system here, or a served one attached to). */
  public void attach(SystemStatus status) {
    this.source = status;
    store.set(status.sample().store());
  }

  /** Tick thread. */
  public Runnable onTick(long nowMillis) {
    SystemStatus status = source;
    if (status == null || (lastSampleMillis >= 0 && nowMillis - lastSampleMillis < SAMPLE_MILLIS)) return null;
    SystemStatus.Figures figures = status.sample();
    long events = figures.eventsStored();
    long commands = figures.commandsSent();
    double seconds = lastSampleMillis < 0 ? 1 : (nowMillis - lastSampleMillis) / 1_000.0;
    String eventsPerSecond = rate(events, lastSampleMillis < 0 ? events : lastEvents, seconds);
    String commandsPerSecond = rate(commands, lastSampleMillis < 0 ? commands : lastCommands, seconds);
    lastSampleMillis = nowMillis;
    lastEvents = events;
    lastCommands = commands;
    long failed = Math.max(0, figures.commandsFailed());
    long parked = Math.max(0, figures.deadLettered());
    long rejected = Math.max(0, figures.commandsRejected());
    BusHealth health = figures.bus();
    String errorTip = figures.commandsFailed() < 0 ? "the served system does not report its error counts"
        : failed + " failed commands, " + parked + " dead-lettered events, " + rejected
        + " rejected commands (business answers); " + figures.hopsDropped() + " hops not drawn (sampled under load)";
    return () -> {
      bus.set("bus: " + health.strategy());
      busHealthy.set(health.healthy());
      busDetail.set(health.healthy() ? "healthy" + detail(health) : "unhealthy" + detail(health));
      store.set(figures.store());
      eventsRate.set(eventsPerSecond + " ev/s");
      commandsRate.set(commandsPerSecond + " cmd/s");
      errors.set(figures.commandsFailed() < 0 ? "— errors" : Formats.count(failed + parked) + (failed + parked == 1 ? " error" : " errors")
          + (rejected > 0 ? " · " + Formats.count(rejected) + " rejected" : ""));
      hasErrors.set(failed + parked > 0);
      errorDetail.set(errorTip);
    };
  }

  /** Per second since the last sample; a dash when the count is not known. */
  private static String rate(long now, long before, double seconds) {
    if (now < 0 || before < 0) return "—";
    return Formats.count(Math.max(0, Math.round((now - before) / seconds)));
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

package dev.eventscope.console.bus;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.system.BusSwitch;
import dev.eventscope.runtime.system.EventSystem;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bus screen's state. A switch runs on the background executor in two steps the screen shows:
 * building (connecting) the new bus, then {@code switchBus} (pause, drain the old bus, start the new
 * one, resume). A strategy that cannot be built (unknown, or its broker unreachable) fails before
 * anything is paused, and its message is shown as it came. Health and history follow the tick.
 */
public final class BusViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(BusViewModel.class);
  public static final List<String> STRATEGIES = List.of("memory", "kafka", "rabbitmq", "redis");
  private static final long REFRESH_MILLIS = 1_000;

  private final BusControl control;
  private final Executor background;
  private final UiExecutor ui;
  private final ReadOnlyObjectWrapper<BusHealth> health = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<SwitchStage> stage = new ReadOnlyObjectWrapper<>(SwitchStage.IDLE);
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ObservableList<BusSwitch> history = FXCollections.observableArrayList();
  private long lastRefresh;
  private BusHealth shownHealth;
  private int shownSwitches = -1;

  public BusViewModel(EventSystem system, Function<String, EventBus> buses, Executor background, UiExecutor ui) {
    this(BusControl.of(system, buses), background, ui);
  }

  public BusViewModel(BusControl control, Executor background, UiExecutor ui) {
    this.control = control;
    this.background = background;
    this.ui = ui;
  }

  /** UI thread: starts switching to {@code strategy} unless a switch is already running. */
  public void switchTo(String strategy) {
    if (stage.get().busy()) return;
    String from = currentStrategy();
    stage.set(SwitchStage.CONNECTING);
    error.set("");
    progress.set("Connecting to " + strategy + "…");
    background.execute(() -> {
      AtomicBoolean connected = new AtomicBoolean();
      try {
        BusSwitch done = control.switchTo(strategy, () -> {
          connected.set(true);
          ui.execute(() -> {
            stage.set(SwitchStage.DRAINING);
            progress.set("Draining " + from + " and switching to " + strategy + "…");
          });
        });
        ui.execute(() -> resumed(done));
      } catch (RuntimeException e) {
        if (connected.get()) LOG.warn("switching the bus to {} failed", strategy, e);
        else LOG.info("bus strategy {} is not available: {}", strategy, e.getMessage());
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        ui.execute(() -> failed(strategy, why));
      }
    });
  }

  private void failed(String strategy, String why) {
    stage.set(SwitchStage.FAILED);
    progress.set("");
    error.set(strategy + ": " + why);
  }

  private void resumed(BusSwitch done) {
    stage.set(SwitchStage.RESUMED);
    progress.set("Resumed on " + done.to() + " — drained " + done.from() + " in " + done.drainMs() + " ms"
        + (done.drained() ? "" : " (not fully drained)"));
    refreshNow();
  }

  /** Tick thread: health and history, once a second; null when neither changed. */
  public Runnable onTick(long nowMillis) {
    if (nowMillis - lastRefresh < REFRESH_MILLIS) return null;
    lastRefresh = nowMillis;
    return snapshot();
  }

  private Runnable snapshot() {
    BusHealth now = control.health();
    List<BusSwitch> switches = control.switches();
    if (now.equals(shownHealth) && switches.size() == shownSwitches) return null;
    shownHealth = now;
    shownSwitches = switches.size();
    return () -> {
      health.set(now);
      history.setAll(switches);
    };
  }

  /** Any thread: reads health and history now (after a switch, or when the screen opens). */
  public void refreshNow() {
    background.execute(() -> {
      shownSwitches = -1;
      Runnable update = snapshot();
      if (update != null) ui.execute(update);
    });
  }

  public String currentStrategy() {
    BusHealth shown = health.get();
    return shown == null ? control.health().strategy() : shown.strategy();
  }

  public ReadOnlyObjectProperty<BusHealth> healthProperty() {
    return health.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SwitchStage> stageProperty() {
    return stage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Oldest first, as {@code busSwitches()} answers them. */
  public ObservableList<BusSwitch> history() {
    return history;
  }
}

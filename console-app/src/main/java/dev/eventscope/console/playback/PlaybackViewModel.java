package dev.eventscope.console.playback;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The trainer toolbar's state. Buttons act on the dispatcher at once (its calls only set flags).
 * Slow motion keeps the dispatcher paused and the UI tick steps it at most {@code eventsPerSecond}
 * times a second, and only when an event waits and the previous step was taken (so steps never pile
 * up into a burst). The state line ("paused — 12 waiting") follows the tick.
 */
public final class PlaybackViewModel {
  /** A step not taken after this long is given up on, so slow motion cannot stall behind one. */
  private static final long STEP_PATIENCE_MILLIS = 2_000;

  private final DispatcherControls controls;
  private final ReadOnlyObjectWrapper<PlaybackMode> mode = new ReadOnlyObjectWrapper<>(PlaybackMode.RUNNING);
  private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("running");
  private final IntegerProperty eventsPerSecond = new SimpleIntegerProperty(2);
  private final BooleanProperty presentation = new SimpleBooleanProperty(false);
  private volatile PlaybackMode wanted = PlaybackMode.RUNNING;
  private volatile int rate = 2;
  private long lastStepMillis;
  private long positionAtLastStep = -1;

  public PlaybackViewModel(DispatcherControls controls) {
    this.controls = controls;
    eventsPerSecond.addListener((obs, old, next) -> rate = Math.max(1, next.intValue()));
  }

  /** UI thread. */
  public void pause() {
    controls.pause();
    use(PlaybackMode.PAUSED);
  }

  /** UI thread: one event, pausing first if running. */
  public void step() {
    if (!controls.paused()) pause();
    if (wanted == PlaybackMode.SLOW_MOTION) use(PlaybackMode.PAUSED);
    controls.step();
  }

  public void resume() {
    controls.resume();
    use(PlaybackMode.RUNNING);
  }

  public void slowMotion(boolean on) {
    if (!on) {
      resume();
      return;
    }
    controls.pause();
    positionAtLastStep = -1;
    use(PlaybackMode.SLOW_MOTION);
  }

  private void use(PlaybackMode next) {
    wanted = next;
    mode.set(next);
  }

  /** Tick thread: steps in slow motion; answers the state line's update, or null when it did not change. */
  public Runnable onTick(long nowMillis) {
    PlaybackMode now = wanted;
    if (now != PlaybackMode.RUNNING && !controls.paused()) {
      // Something else resumed the dispatcher (a bus switch ends with a resume): show what is true.
      now = PlaybackMode.RUNNING;
      wanted = now;
    }
    long position = controls.position();
    long waiting = Math.max(0, controls.head() - position);
    if (now == PlaybackMode.SLOW_MOTION && waiting > 0 && nowMillis - lastStepMillis >= 1_000 / rate
        && (position != positionAtLastStep || nowMillis - lastStepMillis >= STEP_PATIENCE_MILLIS)) {
      controls.step();
      lastStepMillis = nowMillis;
      positionAtLastStep = position;
    }
    String text = describe(now, waiting);
    PlaybackMode shown = now;
    if (text.equals(state.get()) && shown == mode.get()) return null;
    return () -> {
      state.set(text);
      mode.set(shown);
    };
  }

  String describe(PlaybackMode now, long waiting) {
    String queue = waiting == 0 ? "" : String.format(Locale.ROOT, " — %,d waiting", waiting);
    return switch (now) {
      case RUNNING -> "running" + queue;
      case PAUSED -> "paused" + (waiting == 0 ? " — nothing waiting" : queue);
      case SLOW_MOTION -> "slow motion, " + rate + " events/s" + queue;
    };
  }

  public ReadOnlyObjectProperty<PlaybackMode> modeProperty() {
    return mode.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty stateProperty() {
    return state.getReadOnlyProperty();
  }

  public IntegerProperty eventsPerSecondProperty() {
    return eventsPerSecond;
  }

  /** Larger type for a projector; the window puts a style class on its root while it is on. */
  public BooleanProperty presentationProperty() {
    return presentation;
  }
}

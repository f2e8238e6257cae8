package dev.eventscope.console.replay;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayProgress;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.services.replay.ReplayConfirmationRequired;
import dev.eventscope.services.replay.ReplayRun;
import dev.eventscope.services.replay.ReplayTargetChoice;
import dev.eventscope.services.replay.Replays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Replay screen's state: filters with a live count (debounced on the UI tick, counted off the
 * UI thread), the target and speed, play/pause/step/cancel of one replay on the running system,
 * its progress each tick and its report at the end. A replay the guard asks about (re-publishing,
 * a big replay on a remote store) starts only after the {@link Confirmer} says yes.
 */
public final class ReplayViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ReplayViewModel.class);
  /** Quiet time after the last filter edit before the count is taken. */
  static final long DEBOUNCE_MILLIS = 300;
  /** How often the count preview looks whether the store has grown (and then counts again). */
  static final long STORE_RECHECK_MILLIS = 2_000;

  /** Asks the operator a yes/no question on the UI thread. */
  @FunctionalInterface
  public interface Confirmer {
    boolean confirm(String question);
  }

  /** Where the screen is: no replay, one being started, one running, one paused. */
  public enum Phase { IDLE, STARTING, RUNNING, PAUSED }

  private final Replays replays;
  private final Set<String> hiddenHandlers;
  private final Executor background;
  private final UiExecutor ui;
  private final ReplayFilters filters = new ReplayFilters();
  private final ObjectProperty<ReplayTargetChoice.Kind> targetKind = new SimpleObjectProperty<>(ReplayTargetChoice.Kind.PROJECTIONS);
  private final ObservableSet<String> chosenProjections = FXCollections.observableSet();
  private final ObservableSet<String> chosenHandlers = FXCollections.observableSet();
  private final BooleanProperty maxSpeed = new SimpleBooleanProperty(true);
  private final DoubleProperty speedFactor = new SimpleDoubleProperty(1);
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
  private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
  private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Boolean> rebuiltEqual = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
  private final AtomicLong filtersVersion = new AtomicLong();
  private Confirmer confirmer = question -> false;
  private volatile ReplayRun run;
  private volatile boolean shown = true;
  // Tick thread only: the debounce of the count preview.
  private long seenVersion = -1;
  private long seenAt;
  private long countedVersion = -1;
  private long positionCheckedAt = Long.MIN_VALUE / 2;
  private long knownPosition = -1;
  private long countedPosition = -1;

  public ReplayViewModel(Replays replays, Executor background, UiExecutor ui) {
    this(replays, Set.of(), background, ui);
  }

  /** @param hiddenHandlers subscribers that are not part of the system shown (the console's own), never offered */
  public ReplayViewModel(Replays replays, Set<String> hiddenHandlers, Executor background, UiExecutor ui) {
    this.replays = replays;
    this.hiddenHandlers = Set.copyOf(hiddenHandlers);
    this.background = background;
    this.ui = ui;
    filters.all().forEach(field -> field.addListener(changed -> filtersVersion.incrementAndGet()));
  }

  /** UI thread: who answers the guard's questions (the view shows a dialog). */
  public void useConfirmer(Confirmer asker) {
    this.confirmer = asker;
  }

  /** Whether the screen is on view: the count preview only follows the store while it is (a count scans the store). */
  public void shown(boolean visible) {
    shown = visible;
  }

  /** Tick thread: the count preview once the filters have been quiet a while, and the running replay's progress. */
  public Runnable onTick(long nowMillis) {
    Runnable count = previewTick(nowMillis);
    ReplayRun current = run;
    if (current == null) return count;
    ReplayProgress now = current.progress();
    boolean finished = current.finished();
    return () -> {
      if (count != null) count.run();
      show(current, now, finished);
    };
  }

  private Runnable previewTick(long nowMillis) {
    if (!shown) return null;
    if (nowMillis - positionCheckedAt >= STORE_RECHECK_MILLIS) {
      positionCheckedAt = nowMillis;
      knownPosition = replays.lastPosition();
    }
    long version = filtersVersion.get();
    if (version == countedVersion && knownPosition == countedPosition) return null;
    if (version != seenVersion) {
      seenVersion = version;
      seenAt = nowMillis;
      if (countedVersion >= 0) return null;
    } else if (nowMillis - seenAt < DEBOUNCE_MILLIS) {
      return null;
    }
    countedVersion = version;
    countedPosition = knownPosition;
    return () -> count(version);
  }

  private void count(long version) {
    ReplaySelection selection;
    try {
      selection = filters.selection();
    } catch (IllegalArgumentException e) {
      preview.set(e.getMessage());
      return;
    }
    preview.set("counting…");
    background.execute(() -> {
      try {
        long selected = replays.count(selection);
        ui.execute(() -> {
          if (filtersVersion.get() == version) preview.set(String.format("%,d %s selected", selected, selected == 1 ? "event" : "events"));
        });
      } catch (RuntimeException e) {
        LOG.warn("could not count the selected events: {}", e.toString());
        ui.execute(() -> preview.set("could not count: " + e.getMessage()));
      }
    });
  }

  private void show(ReplayRun current, ReplayProgress now, boolean finished) {
    if (current != run) return;
    boolean counting = now.state() == ReplayJob.State.READY || now.state() == ReplayJob.State.COUNTING;
    fraction.set(counting ? -1 : now.fraction());
    progress.set(ReplayTexts.progress(now));
    if (!finished) {
      phase.set(now.state() == ReplayJob.State.PAUSED ? Phase.PAUSED : Phase.RUNNING);
      return;
    }
    run = null;
    phase.set(Phase.IDLE);
    current.failure().ifPresent(why -> message.set("the replay failed: " + why));
    current.report().ifPresent(done -> {
      message.set("replay " + done.state());
      progress.set(ReplayTexts.finished(done, Math.max(now.total(), done.selected())));
      if (done.completed()) fraction.set(1);
      String said = ReplayTexts.verdict(done);
      verdict.set(said == null ? "" : said);
      rebuiltEqual.set(done.rebuiltEqualsOriginal());
      report.set(String.join("\n", ReplayTexts.report(done)));
    });
  }

  /** UI thread: resumes a paused replay, or starts one. */
  public void play() {
    if (phase.get() == Phase.PAUSED && run != null) run.resume();
    else if (phase.get() == Phase.IDLE) start(false);
  }

  /** UI thread: lets one more event through a paused replay, or starts one paused at its first event. */
  public void step() {
    if (phase.get() == Phase.PAUSED && run != null) run.step();
    else if (phase.get() == Phase.IDLE) start(true);
  }

  public void pause() {
    ReplayRun current = run;
    if (current != null) current.pause();
  }

  public void cancel() {
    ReplayRun current = run;
    if (current != null) current.cancel();
  }

  private void start(boolean stepping) {
    ReplaySelection selection;
    ReplayTargetChoice target;
    try {
      selection = filters.selection();
      target = target();
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
      return;
    }
    ReplaySpeed speed = ReplaySpeedScale.speed(maxSpeed.get(), speedFactor.get());
    phase.set(Phase.STARTING);
    message.set("starting…");
    verdict.set("");
    rebuiltEqual.set(null);
    report.set("");
    fraction.set(-1);
    background.execute(() -> launch(target, selection, speed, stepping, false));
  }

  private void launch(ReplayTargetChoice target, ReplaySelection selection, ReplaySpeed speed, boolean stepping, boolean confirmed) {
    try {
      ReplayRun started = replays.start(target, selection, speed, confirmed, stepping);
      if (stepping) started.step();
      ui.execute(() -> {
        run = started;
        phase.set(stepping ? Phase.PAUSED : Phase.RUNNING);
        message.set("replaying to " + String.join(", ", started.targetNames()) + " at speed " + speed);
      });
    } catch (ReplayConfirmationRequired e) {
      ui.execute(() -> {
        if (confirmer.confirm(e.question())) {
          background.execute(() -> launch(target, selection, speed, stepping, true));
        } else {
          phase.set(Phase.IDLE);
          message.set("not started");
        }
      });
    } catch (RuntimeException e) {
      LOG.warn("the replay did not start: {}", e.getMessage());
      ui.execute(() -> {
        phase.set(Phase.IDLE);
        message.set(e.getMessage());
      });
    }
  }

  private ReplayTargetChoice target() {
    return switch (targetKind.get()) {
      case PROJECTIONS -> ReplayTargetChoice.projections(inOrder(projectionNames(), chosenProjections));
      case HANDLERS -> {
        if (chosenHandlers.isEmpty()) throw new IllegalArgumentException("tick at least one handler to replay into");
        yield ReplayTargetChoice.handlers(inOrder(handlerNames(), chosenHandlers));
      }
      case BUS -> ReplayTargetChoice.bus();
    };
  }

  private static List<String> inOrder(List<String> all, ObservableSet<String> chosen) {
    return all.stream().filter(chosen::contains).toList();
  }

  public List<String> projectionNames() {
    return replays.projectionNames();
  }

  public List<String> handlerNames() {
    return replays.handlerNames().stream().filter(name -> !hiddenHandlers.contains(name)).toList();
  }

  public ReplayFilters filters() {
    return filters;
  }

  public ObjectProperty<ReplayTargetChoice.Kind> targetKindProperty() {
    return targetKind;
  }

  /** The projections to rebuild; none chosen = every one. */
  public ObservableSet<String> chosenProjections() {
    return chosenProjections;
  }

  public ObservableSet<String> chosenHandlers() {
    return chosenHandlers;
  }

  public BooleanProperty maxSpeedProperty() {
    return maxSpeed;
  }

  public DoubleProperty speedFactorProperty() {
    return speedFactor;
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** 0..1, or -1 while the selection is being counted (an indeterminate bar). */
  public ReadOnlyDoubleProperty fractionProperty() {
    return fraction.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  /** For a rebuild from every event: whether the rebuilt read models equal the live ones; null otherwise. */
  public ReadOnlyObjectProperty<Boolean> rebuiltEqualProperty() {
    return rebuiltEqual.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty reportProperty() {
    return report.getReadOnlyProperty();
  }
}

package dev.eventscope.console.deadletters;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.deadletter.DeadLetter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Dead letters screen's state: the parked messages, newest first, re-read once a second while
 * the screen is shown; retry and discard run off the UI thread and say how they went.
 */
public final class DeadLettersViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLettersViewModel.class);
  private static final long REFRESH_MILLIS = 1_000;
  /** The filter choice that shows every subscriber's parked messages. */
  public static final String ALL_SUBSCRIBERS = "All subscribers";

  private final DeadLetterActions actions;
  private final Function<DeadLetter, String> json;
  private final Executor background;
  private final UiExecutor ui;
  private final ObservableList<DeadLetterRow> rows = FXCollections.observableArrayList();
  private final ObservableList<String> subscribers = FXCollections.observableArrayList(ALL_SUBSCRIBERS);
  private final StringProperty subscriberFilter = new SimpleStringProperty(ALL_SUBSCRIBERS);
  private List<DeadLetterRow> all = List.of();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
  private long lastRefresh = Long.MIN_VALUE / 2;
  private volatile boolean shown = true;

  public DeadLettersViewModel(DeadLetterActions actions, Function<DeadLetter, String> json, Executor background, UiExecutor ui) {
    this.actions = actions;
    this.json = json;
    this.background = background;
    this.ui = ui;
    subscriberFilter.addListener((obs, old, now) -> show(all));
  }

  public void shown(boolean visible) {
    shown = visible;
    if (visible) lastRefresh = Long.MIN_VALUE / 2;
  }

  /** Tick thread. */
  public Runnable onTick(long nowMillis) {
    if (!shown || nowMillis - lastRefresh < REFRESH_MILLIS) return null;
    lastRefresh = nowMillis;
    List<DeadLetterRow> next = read();
    if (next == null) return null;
    return () -> show(next);
  }

  /** UI thread: the rows of the chosen subscriber, the choices, the count. */
  private void show(List<DeadLetterRow> next) {
    all = next;
    String filter = subscriberFilter.get();
    List<String> names = next.stream().map(DeadLetterRow::subscriber).distinct().sorted().toList();
    if (!subscribers.subList(1, subscribers.size()).equals(names)) {
      subscribers.setAll(ALL_SUBSCRIBERS);
      subscribers.addAll(names);
    }
    boolean everyone = filter == null || ALL_SUBSCRIBERS.equals(filter);
    rows.setAll(everyone ? next : next.stream().filter(row -> row.subscriber().equals(filter)).toList());
    summary.set(next.isEmpty() ? "nothing parked"
        : next.size() + (next.size() == 1 ? " message parked" : " messages parked")
            + (everyone ? "" : ", " + rows.size() + " for " + filter));
  }

  private List<DeadLetterRow> read() {
    try {
      return actions.list().stream()
          .sorted(Comparator.comparing(DeadLetter::parkedAt).reversed())
          .map(letter -> DeadLetterRow.of(letter, json.apply(letter)))
          .toList();
    } catch (RuntimeException e) {
      LOG.warn("could not list the dead letters: {}", e.toString());
      return null;
    }
  }

  /** UI thread: retries one parked message (and what of its aggregate waits behind it). */
  public void retry(DeadLetterRow row) {
    run(() -> actions.retry(row.id())
        ? "retried " + row.type() + " for " + row.subscriber() + ": applied"
        : "retried " + row.type() + " for " + row.subscriber() + ": failed again, still parked");
  }

  /**
   * UI thread: retries several parked messages, oldest first (retrying one retries what of its
   * aggregate waits behind it, so later ones may already be gone) and says how many still wait.
   */
  public void retryAll(List<DeadLetterRow> chosen) {
    List<DeadLetterRow> oldestFirst = chosen.stream().sorted(Comparator.comparing(DeadLetterRow::version)).toList();
    run(() -> {
      for (DeadLetterRow row : oldestFirst) actions.retry(row.id());
      Set<UUID> stillParked = new HashSet<>();
      actions.list().forEach(letter -> stillParked.add(letter.id()));
      long left = oldestFirst.stream().filter(row -> stillParked.contains(row.id())).count();
      return "retried " + oldestFirst.size() + (oldestFirst.size() == 1 ? " message: " : " messages: ")
          + (left == 0 ? "all applied" : left + " failed again, still parked");
    });
  }

  /** UI thread: drops one parked message for good (the view asked for confirmation). */
  public void discard(DeadLetterRow row) {
    run(() -> actions.discard(row.id()) ? "discarded " + row.type() + " for " + row.subscriber() : "it was no longer parked");
  }

  private void run(java.util.function.Supplier<String> action) {
    background.execute(() -> {
      String said;
      try {
        said = action.get();
      } catch (RuntimeException e) {
        said = "failed: " + e.getMessage();
      }
      List<DeadLetterRow> next = read();
      String message = said;
      ui.execute(() -> {
        outcome.set(message);
        if (next != null) show(next);
      });
    });
  }

  public ObservableList<DeadLetterRow> rows() {
    return rows;
  }

  /** The subscribers that have parked messages, after the "all" choice. */
  public ObservableList<String> subscribers() {
    return subscribers;
  }

  public StringProperty subscriberFilterProperty() {
    return subscriberFilter;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }
}

package dev.eventscope.console.logs;

import dev.eventscope.console.ui.UiExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * This run's log as the Logs screen shows it: the last {@link #MAX_LINES} lines, those at or above
 * the chosen level. A background thread polls the file; each poll's new lines reach the UI in one hop.
 */
public final class LogsViewModel implements AutoCloseable {
  public static final int MAX_LINES = 5_000;
  private static final long POLL_MILLIS = 300;

  private final Path file;
  private final LogTail tail;
  private final UiExecutor ui;
  private final Deque<LogLine> kept = new ArrayDeque<>();
  private final ObservableList<LogLine> shown = FXCollections.observableArrayList();
  private final ObjectProperty<LogLevel> minimum = new SimpleObjectProperty<>(LogLevel.TRACE);
  private final BooleanProperty follow = new SimpleBooleanProperty(true);
  private ScheduledExecutorService poller;

  public LogsViewModel(Path file, UiExecutor ui) {
    this.file = file;
    this.tail = new LogTail(file, 512 * 1024);
    this.ui = ui;
    minimum.addListener((obs, old, next) -> {
      if (next == null) minimum.set(old);
      else shown.setAll(kept.stream().filter(line -> line.level().atLeast(next)).toList());
    });
  }

  /** Starts polling the file (idempotent). */
  public void start() {
    if (poller != null) return;
    poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "console-log-tail");
      thread.setDaemon(true);
      return thread;
    });
    poller.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Reads what is new (the poller calls this; tests may too). */
  void poll() {
    List<LogLine> fresh;
    try {
      fresh = tail.read();
    } catch (IOException e) {
      // The file may be rotated away or not yet written; the next poll tries again.
      return;
    }
    if (!fresh.isEmpty()) ui.execute(() -> append(fresh));
  }

  private void append(List<LogLine> fresh) {
    for (LogLine line : fresh) kept.addLast(line);
    int dropped = 0;
    while (kept.size() > MAX_LINES) {
      LogLine gone = kept.removeFirst();
      if (gone.level().atLeast(minimum.get())) dropped++;
    }
    if (dropped > 0) shown.remove(0, Math.min(dropped, shown.size()));
    shown.addAll(fresh.stream().filter(line -> line.level().atLeast(minimum.get())).skip(Math.max(0, fresh.size() - MAX_LINES)).toList());
  }

  public Path file() {
    return file;
  }

  public ObservableList<LogLine> lines() {
    return FXCollections.unmodifiableObservableList(shown);
  }

  public ObjectProperty<LogLevel> minimumProperty() {
    return minimum;
  }

  /** Scroll to each new line (off while the user reads older ones). */
  public BooleanProperty followProperty() {
    return follow;
  }

  @Override
  public void close() {
    if (poller != null) poller.shutdownNow();
  }
}

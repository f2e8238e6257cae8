package dev.eventscope.console.ui;

import java.util.concurrent.Executor;

/**
 * The one way onto the JavaFX application thread. Screens never call {@code Platform.runLater}
 * themselves, so tests can swap in {@link #immediate()} and run view-models without a window.
 */
public interface UiExecutor extends Executor {
  /** Runs {@code task} on the UI thread: now if already on it, soon otherwise. */
  @Override
  void execute(Runnable task);

  /** True when the caller is on the UI thread (always, for the immediate executor). */
  boolean onUiThread();

  static UiExecutor fx() {
    return new FxUiExecutor();
  }

  static UiExecutor immediate() {
    return new ImmediateUiExecutor();
  }
}

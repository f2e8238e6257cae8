package dev.eventscope.console.ui;

import javafx.application.Platform;

/** The real thing: JavaFX's application thread. */
final class FxUiExecutor implements UiExecutor {
  @Override
  public void execute(Runnable task) {
    if (Platform.isFxApplicationThread()) task.run();
    else Platform.runLater(task);
  }

  @Override
  public boolean onUiThread() {
    return Platform.isFxApplicationThread();
  }
}

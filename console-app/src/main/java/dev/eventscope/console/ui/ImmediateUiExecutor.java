package dev.eventscope.console.ui;

/** Runs UI work on the calling thread: for view-model tests without a window. */
final class ImmediateUiExecutor implements UiExecutor {
  @Override
  public void execute(Runnable task) {
    task.run();
  }

  @Override
  public boolean onUiThread() {
    return true;
  }
}

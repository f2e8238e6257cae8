package dev.eventscope.console.scenarios;

import dev.eventscope.console.ui.UiExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A stand-in UI thread for view-model tests: one thread runs every UI task in order, as the FX thread would. */
final class SingleThreadUi implements UiExecutor, AutoCloseable {
  private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-ui"));

  @Override
  public void execute(Runnable task) {
    if (onUiThread()) task.run();
    else thread.execute(task);
  }

  @Override
  public boolean onUiThread() {
    return Thread.currentThread().getName().equals("test-ui");
  }

  /** Runs {@code task} on the UI thread and waits for it. */
  void await(Runnable task) throws Exception {
    thread.submit(task).get(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}

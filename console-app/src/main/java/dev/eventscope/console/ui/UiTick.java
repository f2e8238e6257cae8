package dev.eventscope.console.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's heartbeat: every {@code period} it runs each {@link TickTask} on one background
 * thread and hands their UI work to the {@link UiExecutor} in a single batch. Hops may arrive at
 * tens of thousands per second; the UI thread sees ten small updates per second whatever the rate.
 * The tick thread is also the only producer of the flow graph (GraphStream's threading rule).
 */
public final class UiTick implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UiTick.class);
  public static final long DEFAULT_PERIOD_MILLIS = 100;

  private final UiExecutor ui;
  private final List<TickTask> tasks = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService timer;

  public UiTick(UiExecutor ui) {
    this.ui = ui;
  }

  public void add(TickTask task) {
    tasks.add(task);
  }

  public synchronized void start(long periodMillis) {
    if (timer != null) return;
    timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "console-tick");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleAtFixedRate(() -> runOnce(System.currentTimeMillis()), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  /** One tick, on the caller's thread: tests drive the console with this instead of a timer. */
  public void runOnce(long nowMillis) {
    List<Runnable> uiWork = new ArrayList<>(tasks.size());
    for (TickTask task : tasks) {
      try {
        Runnable work = task.onTick(nowMillis);
        if (work != null) uiWork.add(work);
      } catch (RuntimeException e) {
        // One broken screen must not stop the others from updating.
        LOG.warn("tick task {} failed", task, e);
      }
    }
    if (uiWork.isEmpty()) return;
    ui.execute(() -> uiWork.forEach(UiTick::runSafely));
  }

  private static void runSafely(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.warn("UI update failed", e);
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) timer.shutdownNow();
    timer = null;
  }
}

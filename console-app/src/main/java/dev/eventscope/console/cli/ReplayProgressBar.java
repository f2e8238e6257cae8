package dev.eventscope.console.cli;

import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress bar with rate and ETA, redrawn in place on a terminal; without one (scripts,
 * CI) a plain line every few seconds instead of a screenful of carriage returns.
 */
final class ReplayProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;

  private final ReplayJob job;
  private final PrintWriter out;
  private final boolean interactive;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "eventscope-replay-progress");
    thread.setDaemon(true);
    return thread;
  });

  ReplayProgressBar(ReplayJob job, PrintWriter out, boolean interactive) {
    this.job = job;
    this.out = out;
    this.interactive = interactive;
    long every = interactive ? 200 : 5_000;
    ticker.scheduleAtFixedRate(this::draw, every, every, TimeUnit.MILLISECONDS);
  }

  private synchronized void draw() {
    ReplayProgress progress = job.progress();
    if (progress.state() == ReplayJob.State.READY) return;
    String line = line(progress);
    if (interactive) out.print("\r" + line + "   ");
    else out.println(line);
    out.flush();
  }

  static String line(ReplayProgress progress) {
    if (progress.state() == ReplayJob.State.COUNTING) return "counting the selected events…";
    int filled = (int) Math.round(progress.fraction() * WIDTH);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
        + String.format("%3d%% %,d/%,d events  %,.0f ev/s  ETA %s", Math.round(progress.fraction() * 100), progress.done(),
            progress.total(), progress.eventsPerSecond(), eta(progress.eta()))
        + (progress.state() == ReplayJob.State.PAUSED ? "  (paused)" : "");
  }

  private static String eta(Duration eta) {
    if (eta == null) return "--";
    long seconds = eta.toSeconds();
    return seconds >= 60 ? seconds / 60 + "m" + String.format("%02ds", seconds % 60) : seconds + "s";
  }

  /** Stops redrawing and leaves the last state on its own line. */
  @Override
  public synchronized void close() {
    ticker.shutdownNow();
    String line = line(job.progress());
    out.println(interactive ? "\r" + line + "   " : line);
    out.flush();
  }
}

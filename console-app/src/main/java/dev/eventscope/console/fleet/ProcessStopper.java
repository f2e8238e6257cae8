package dev.eventscope.console.fleet;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process politely (SIGTERM, so its shutdown hooks run), then forcibly if it lingers. */
public final class ProcessStopper {
  /** How a process ended. */
  public enum Outcome {
    /** It was not running. */
    NOT_RUNNING,
    /** It stopped after SIGTERM. */
    STOPPED,
    /** It ignored SIGTERM for the whole grace period and was killed. */
    KILLED,
    /** Even SIGKILL did not end it in time (it may be stuck in the kernel). */
    STILL_RUNNING
  }

  private ProcessStopper() {}

  /** Sends SIGTERM; returns at once. False when the process was not running. */
  public static boolean requestStop(long pid) {
    return Pids.handle(pid).map(ProcessHandle::destroy).orElse(false);
  }

  /** Waits up to {@code grace} for the process to end after {@link #requestStop}, then kills it. */
  public static Outcome awaitStop(long pid, Duration grace) {
    ProcessHandle handle = Pids.handle(pid).orElse(null);
    if (handle == null) return Outcome.STOPPED;
    if (ended(handle, grace)) return Outcome.STOPPED;
    handle.destroyForcibly();
    return ended(handle, Duration.ofSeconds(5)) ? Outcome.KILLED : Outcome.STILL_RUNNING;
  }

  /** SIGTERM, wait up to {@code grace}, then SIGKILL. */
  public static Outcome stop(long pid, Duration grace) {
    if (!requestStop(pid)) return Outcome.NOT_RUNNING;
    return awaitStop(pid, grace);
  }

  private static boolean ended(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return !handle.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    } catch (ExecutionException e) {
      return !handle.isAlive();
    }
  }
}

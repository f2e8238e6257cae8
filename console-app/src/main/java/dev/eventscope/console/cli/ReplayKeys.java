package dev.eventscope.console.cli;

import dev.eventscope.runtime.replay.ReplayJob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Keys while a replay runs on a terminal: space (or p) pauses and resumes, s lets one more event
 * through while paused, q cancels as Ctrl-C does. The terminal is switched to reading single keys
 * for the run (with {@code stty}, on {@code /dev/tty}) and given its settings back afterwards.
 */
final class ReplayKeys implements AutoCloseable {
  static final String HINT = "keys: space pause/resume · s step (while paused) · q cancel";

  private final String savedTerminal;

  private ReplayKeys(String savedTerminal) {
    this.savedTerminal = savedTerminal;
  }

  /** Starts listening on {@code in} when there is a terminal to read keys from; otherwise does nothing. */
  static ReplayKeys listen(ReplayJob job, InputStream in, boolean interactive) {
    if (!interactive || System.console() == null) return new ReplayKeys(null);
    String saved = stty("-g");
    if (saved == null || stty("-icanon -echo min 1") == null) return new ReplayKeys(null);
    Thread reader = new Thread(() -> {
      try {
        for (int key = in.read(); key >= 0; key = in.read()) press(job, key);
      } catch (IOException e) {
        // The terminal went away: the replay goes on without keys.
      }
    }, "eventscope-replay-keys");
    reader.setDaemon(true);
    reader.start();
    return new ReplayKeys(saved);
  }

  /** What one key does to the job; false for keys that mean nothing here. */
  static boolean press(ReplayJob job, int key) {
    switch (Character.toLowerCase((char) key)) {
      case ' ', 'p' -> {
        if (job.paused()) job.resume();
        else job.pause();
      }
      case 's' -> {
        if (!job.paused()) return false;
        job.step();
      }
      case 'q' -> job.cancel();
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Gives the terminal its settings back. */
  @Override
  public void close() {
    if (savedTerminal != null) stty(savedTerminal);
  }

  /** {@code stty <arguments>} on the controlling terminal; its output, or null if it failed. */
  private static String stty(String arguments) {
    try {
      Process process = new ProcessBuilder("sh", "-c", "stty " + arguments + " < /dev/tty").redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) return null;
      return output.isEmpty() ? "" : output;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}

package dev.eventscope.runtime.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * What the tests that run a broker as a child process share: kill a process with everything it
 * started (SIGKILL: {@link ProcessHandle#destroyForcibly()} on Linux), wait for a condition while
 * the child lives, read the end of its log, remove its folder.
 */
public final class ChildProcesses {
  private ChildProcesses() {}

  /** SIGKILLs {@code root} and every descendant, and waits until all are gone. */
  public static void killTree(ProcessHandle root) {
    List<ProcessHandle> all = new ArrayList<>();
    all.add(root);
    root.descendants().forEach(all::add);
    all.forEach(ProcessHandle::destroyForcibly);
    all.forEach(ChildProcesses::awaitGone);
  }

  /** Waits (up to ten seconds) until {@code process} has ended. */
  public static void awaitGone(ProcessHandle process) {
    try {
      process.onExit().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // Still there after ten seconds, or not ours to wait on: the caller's next step reports it.
    }
  }

  /**
   * Polls {@code ready} until it holds; fails with {@code log}'s last lines when the child ends
   * first or the time is up.
   */
  public static void awaitReady(Process child, BooleanSupplier ready, Duration timeout, String what, Path log) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready.getAsBoolean()) {
      if (!child.isAlive()) throw new IllegalStateException(what + " exited with " + child.exitValue() + ":\n" + tail(log, 30));
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s:\n" + tail(log, 30));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }

  /** The last {@code lines} lines of a text file; empty if there is none. */
  public static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "";
    }
  }

  /** Deletes a folder and everything in it; what cannot be deleted stays (a temporary folder). */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A temporary folder; the OS cleans up what is left.
    }
  }
}

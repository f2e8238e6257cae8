package dev.eventscope.console.fleet;

import java.util.Optional;

/** Process ids as the state file records them (0 = planned, not started yet). */
public final class Pids {
  private Pids() {}

  public static boolean alive(long pid) {
    return handle(pid).isPresent();
  }

  /** The running process with this pid, if there is one. */
  public static Optional<ProcessHandle> handle(long pid) {
    if (pid <= 0) return Optional.empty();
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }
}

package dev.eventscope.console.fleet;

import dev.eventscope.services.fleet.FleetState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stops what a fleet state names: the services first (all asked at once, so they stop in
 * parallel), then the sandboxes they were using. A pid whose process no longer runs the
 * {@code eventscope} main class (the pid was reused) is left alone.
 */
public final class FleetTeardown {
  /** One child and how it ended. */
  public record Stopped(String name, long pid, ProcessStopper.Outcome outcome) {
    public String describe() {
      return switch (outcome) {
        case NOT_RUNNING -> name + " pid=" + pid + " was not running (any more)";
        case STOPPED -> "stopped " + name + " pid=" + pid;
        case KILLED -> "killed " + name + " pid=" + pid + " (it did not stop on SIGTERM)";
        case STILL_RUNNING -> name + " pid=" + pid + " is still running after SIGKILL";
      };
    }
  }

  private record Child(String name, long pid) {}

  private final String mainClass;
  private final Duration grace;

  public FleetTeardown(String mainClass, Duration grace) {
    this.mainClass = mainClass;
    this.grace = grace;
  }

  public List<Stopped> stop(FleetState state, Consumer<Stopped> each) {
    List<Stopped> all = new ArrayList<>(stopAll(state.processes().stream().map(p -> new Child(p.service(), p.pid())).toList(), each));
    all.addAll(stopAll(state.sandboxes().stream().map(s -> new Child(s.name(), s.pid())).toList(), each));
    return all;
  }

  private List<Stopped> stopAll(List<Child> children, Consumer<Stopped> each) {
    List<Child> asked = new ArrayList<>();
    List<Stopped> stopped = new ArrayList<>();
    for (Child child : children) {
      if (ours(child.pid()) && ProcessStopper.requestStop(child.pid())) {
        asked.add(child);
      } else {
        report(new Stopped(child.name(), child.pid(), ProcessStopper.Outcome.NOT_RUNNING), stopped, each);
      }
    }
    for (Child child : asked) {
      report(new Stopped(child.name(), child.pid(), ProcessStopper.awaitStop(child.pid(), grace)), stopped, each);
    }
    return stopped;
  }

  private static void report(Stopped one, List<Stopped> stopped, Consumer<Stopped> each) {
    stopped.add(one);
    each.accept(one);
  }

  /** Alive, and running our main class (when the system tells us its arguments). */
  private boolean ours(long pid) {
    return Pids.handle(pid)
        .map(handle -> handle.info().arguments().map(args -> List.of(args).contains(mainClass)).orElse(true))
        .orElse(false);
  }
}

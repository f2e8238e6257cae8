package dev.eventscope.console.fleet;

import dev.eventscope.services.fleet.FleetState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * What {@code fleet status} prints: one line per service process, then one per sandbox, each
 * saying whether its pid is still alive. Scripts read these lines; keep their shape.
 */
public final class FleetStatusLines {
  private FleetStatusLines() {}

  public static List<String> of(FleetState state, LongPredicate alive) {
    List<String> lines = new ArrayList<>();
    for (FleetState.ServiceProcess process : state.processes()) {
      lines.add(process.service() + " " + word(alive, process.pid()) + " pid=" + process.pid() + " api=" + process.api());
    }
    for (FleetState.Sandbox sandbox : state.sandboxes()) {
      lines.add(sandbox.name() + " " + word(alive, sandbox.pid()) + " pid=" + sandbox.pid() + " address=" + sandbox.address());
    }
    return lines;
  }

  public static List<String> of(FleetState state) {
    return of(state, Pids::alive);
  }

  /** True when any process the state names is still alive. */
  public static boolean anyAlive(FleetState state, LongPredicate alive) {
    return state.processes().stream().anyMatch(p -> alive.test(p.pid()))
        || state.sandboxes().stream().anyMatch(s -> alive.test(s.pid()));
  }

  private static String word(LongPredicate alive, long pid) {
    return alive.test(pid) ? "running" : "stopped";
  }
}

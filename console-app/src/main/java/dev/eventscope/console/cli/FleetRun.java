package dev.eventscope.console.cli;

import dev.eventscope.services.fleet.FleetState;
import java.nio.file.Path;

/** The running fleet a {@code simulate --fleet} drives: its state file, read and checked. */
record FleetRun(Path file, FleetState state) {
  static FleetRun resolve(CliContext context, DataOption data, boolean unsupportedOptions) {
    if (unsupportedOptions) throw new UsageException("--fleet runs plain runs only: drop --scenario and --buses");
    Path file = FleetState.file(data.resolve(context));
    FleetState state;
    try {
      state = FleetState.read(file).orElseThrow(() -> new UsageException("no fleet in " + file.getParent()
          + ": start one with eventscope fleet up" + (data.data != null ? "" : " (or name its folder with --data)")));
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    if (state.processes().isEmpty()) throw new UsageException("the fleet in " + file.getParent() + " has no service processes");
    return new FleetRun(file, state);
  }
}

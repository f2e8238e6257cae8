package dev.eventscope.console.cli;

import dev.eventscope.console.Launcher;
import dev.eventscope.console.fleet.FleetFolder;
import dev.eventscope.console.fleet.FleetTeardown;
import dev.eventscope.console.fleet.ProcessStopper;
import dev.eventscope.services.fleet.FleetState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code eventscope fleet down}: stops what {@code fleet up} started and removes the state file. */
@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Stops the fleet's processes and removes its state file.",
    description = {
      "Asks every service process to stop (SIGTERM, so it closes cleanly), waits up to 20 s for each and kills the ones "
          + "still running; then the sandboxes the same way. Removes <data>/fleet.json. Without a fleet it says so and exits 0."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope fleet down",
      "  eventscope fleet down --data /tmp/fleet-demo"
    })
public final class FleetDownCommand implements Callable<Integer> {
  static final Duration GRACE = Duration.ofSeconds(20);

  private final CliContext context;

  @Mixin DataOption data;

  public FleetDownCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    FleetFolder folder = new FleetFolder(data.resolve(context));
    Optional<FleetState> state = FleetUpCommand.readState(folder);
    if (state.isEmpty()) {
      context.out().println("no fleet in " + folder.data() + ": nothing to stop");
      return Cli.OK;
    }
    List<FleetTeardown.Stopped> stopped = stop(context, folder, state.get());
    if (stopped.stream().anyMatch(s -> s.outcome() == ProcessStopper.Outcome.STILL_RUNNING)) {
      throw new UsageException("some processes are still running; " + folder.stateFile() + " is kept: run fleet down again");
    }
    return Cli.OK;
  }

  /** Stops everything {@code state} names, printing each, and removes the state file when all are gone. */
  static List<FleetTeardown.Stopped> stop(CliContext context, FleetFolder folder, FleetState state) {
    List<FleetTeardown.Stopped> stopped = new FleetTeardown(Launcher.class.getName(), GRACE)
        .stop(state, one -> context.out().println(one.describe()));
    if (stopped.stream().noneMatch(s -> s.outcome() == ProcessStopper.Outcome.STILL_RUNNING)) {
      try {
        Files.deleteIfExists(folder.stateFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + folder.stateFile(), e);
      }
      context.out().println("removed " + folder.stateFile());
    }
    context.out().flush();
    return stopped;
  }
}

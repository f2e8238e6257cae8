package dev.eventscope.console.cli;

import dev.eventscope.console.fleet.FleetFolder;
import dev.eventscope.console.fleet.FleetStatusLines;
import dev.eventscope.services.fleet.FleetState;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code eventscope fleet status}: what the fleet state file names, and whether each pid still runs. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Lists the fleet's processes and whether each is still running.",
    description = {
      "Reads <data>/fleet.json and prints one line per service process, then one per sandbox:",
      "  <service> running|stopped pid=<pid> api=http://127.0.0.1:<port>",
      "  <sandbox> running|stopped pid=<pid> address=<address>",
      "Exit code 0 when there is a fleet state file (whatever its processes do), 1 when there is none."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope fleet status",
      "  eventscope fleet status --data /tmp/fleet-demo | grep stopped"
    })
public final class FleetStatusCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin DataOption data;

  public FleetStatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    FleetFolder folder = new FleetFolder(data.resolve(context));
    Optional<FleetState> state = FleetUpCommand.readState(folder);
    if (state.isEmpty()) {
      context.err().println(Cli.prefixed("no fleet in " + folder.data() + ": start one with eventscope fleet up"));
      context.err().flush();
      return Cli.CHECK_FAILED;
    }
    FleetStatusLines.of(state.get()).forEach(context.out()::println);
    context.out().flush();
    return Cli.OK;
  }
}

package dev.eventscope.console.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code eventscope}: the root command. Alone, it opens the console window. */
@Command(
    name = "eventscope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Operations console and simulator for an event-driven CQRS system (order fulfilment).",
      "Without a command it opens the console window."
    },
    subcommands = {
      ConsoleCommand.class,
      SimulateCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      ReplayCommand.class,
      InspectCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      ResetCommand.class,
      SandboxCommand.class,
      FleetCommand.class,
      HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope simulate --orders 5000 --payment-decline-rate 0.1 --report r.json",
      "  eventscope simulate --store embedded --rate 200 --timeout 2m",
      "  eventscope bench --workload fulfilment --orders 20000 --runs 3",
      "  eventscope replay --store embedded --data d --target projections --report r.json",
      "  eventscope inspect <aggregate-id> --data d --version 2",
      "  eventscope reset --data /tmp/eventscope-demo --yes",
      "  eventscope sandbox mongo --port 0",
      "  eventscope fleet up --bus kafka --scale inventory=2",
      "  eventscope console",
      "  eventscope help simulate",
      "",
      "Settings: a flag wins over the environment (EVENTSCOPE_STORE, EVENTSCOPE_DATA),",
      "which wins over settings.yaml in $XDG_CONFIG_HOME/eventscope (~/.config/eventscope),",
      "which wins over the default. Keys are the flag names: 'store: embedded', 'data: ~/es'.",
      "Logs: $XDG_STATE_HOME/eventscope/logs (~/.local/state/eventscope/logs), last 10 runs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:a consistency or expectation check failed",
      "2:bad usage, or the command could not run (one line on stderr says why)"
    })
public final class EventscopeCommand implements Callable<Integer> {
  private final CliContext context;

  public EventscopeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return ConsoleCommand.openWithDefaults(context);
  }
}

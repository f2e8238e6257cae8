package dev.eventscope.console.cli;

import picocli.CommandLine.Command;

/** {@code eventscope fleet}: the services as separate processes on loopback. */
@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs the services as separate processes on loopback (up, status, down).",
    description = {
      "A fleet is one process per service (orders with the fulfilment saga, inventory, payments, shipping, notifications), "
          + "talking through a real bus, each with its own database on a MongoDB sandbox. "
          + "The state file <data>/fleet.json records what runs where; status, down and simulate --fleet read it."
    },
    subcommands = {FleetUpCommand.class, FleetStatusCommand.class, FleetDownCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope fleet up",
      "  eventscope fleet up --bus redis --scale inventory=2",
      "  eventscope fleet status",
      "  eventscope fleet down"
    })
public final class FleetCommand {
  // Only a holder for its subcommands: alone, picocli reports the missing subcommand (exit 2).
}

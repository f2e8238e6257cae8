package dev.eventscope.console.cli;

import picocli.CommandLine.Command;

/** {@code eventscope sandbox}: local servers on loopback for trying the real paths without installing anything. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Local servers on loopback (mongo, kafka) for trying the real paths.",
    description = "Starts a local server on 127.0.0.1 and prints the connection string to use.",
    subcommands = {SandboxMongoCommand.class, SandboxKafkaCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope sandbox mongo",
      "  eventscope sandbox mongo --port 0",
      "  eventscope sandbox kafka"
    })
public final class SandboxCommand {
  // Only a holder for its subcommands: alone, picocli reports the missing subcommand (exit 2).
}

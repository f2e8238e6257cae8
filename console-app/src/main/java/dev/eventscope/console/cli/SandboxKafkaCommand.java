package dev.eventscope.console.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code eventscope sandbox kafka}: a single-node KRaft broker (arrives with the Kafka bus). */
@Command(
    name = "kafka",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs a single-node Kafka broker on 127.0.0.1 (not available yet).",
    description = "Runs a single-node Kafka broker on 127.0.0.1 until Ctrl+C (not available yet).",
    footerHeading = "%nExamples:%n",
    footer = {"  eventscope sandbox kafka"})
public final class SandboxKafkaCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UsageException("sandbox kafka is not available yet (it comes with the Kafka bus; see the bus issue)");
  }
}

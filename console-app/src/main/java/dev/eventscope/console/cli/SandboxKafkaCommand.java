package dev.eventscope.console.cli;

import dev.eventscope.runtime.bus.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventscope sandbox kafka}: a real single-node KRaft broker from the bundled jars, on loopback. */
@Command(
    name = "kafka",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs a single-node Kafka broker (KRaft) on 127.0.0.1 until Ctrl+C.",
    description = {
      "Runs a real Kafka broker (KRaft, one node, from the bundled jars) on 127.0.0.1, loopback only, until Ctrl+C, "
          + "and prints the --kafka-bootstrap to use. Its log lives in --dir (default: the per-user state folder, "
          + "never the data folder, which holds the store alone) and survives restarts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope sandbox kafka",
      "  then, in another terminal:",
      "  eventscope simulate --bus kafka",
      "  eventscope simulate --orders 3000 --buses memory,kafka,rabbitmq,redis --switch-every 1s"
    })
public final class SandboxKafkaCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "P", defaultValue = "9092", description = "The broker port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where the broker keeps its log (default <state dir>/sandbox-kafka).")
  Path dir;

  public SandboxKafkaCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Checks.port(spec, "--port", port);
    requireFree(port);
    Path logDir = dir != null ? dir : context.dirs().state().resolve("sandbox-kafka");
    context.out().println("starting Kafka on 127.0.0.1:" + port + " (log in " + logDir + ") …");
    context.out().flush();
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir, port, freePort());
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "eventscope-sandbox-stop"));
    context.out().println("--kafka-bootstrap " + broker.bootstrap());
    context.out().println("press Ctrl+C to stop (topics and messages stay in " + logDir + ")");
    context.out().flush();
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      broker.close();
    }
    return Cli.OK;
  }

  private static void requireFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.getLocalPort();
    } catch (IOException e) {
      throw new UsageException("port " + port + " on 127.0.0.1 is already in use (a Kafka already running?); choose another with --port");
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    }
  }
}

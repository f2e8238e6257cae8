package dev.eventscope.console.cli;

import dev.eventscope.services.sandbox.MongoSandbox;
import dev.eventscope.services.sandbox.SandboxException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventscope sandbox mongo}: the in-JVM MongoDB-wire server, until Ctrl+C. */
@Command(
    name = "mongo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs an in-memory MongoDB-wire server on 127.0.0.1 until Ctrl+C.",
    description = {
      "Runs a MongoDB-wire server (mongo-java-server) in memory on 127.0.0.1, loopback only, until Ctrl+C, "
          + "and prints its connection string for --store. Its data is gone when it stops."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope sandbox mongo",
      "  eventscope sandbox mongo --port 0      (a free port; the output says which)",
      "  then, in another terminal:",
      "  eventscope simulate --store mongodb://127.0.0.1:27017/eventscope"
    })
public final class SandboxMongoCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "P", defaultValue = "27017",
      description = "The port; 0 picks a free one (default ${DEFAULT-VALUE}).")
  int port;

  public SandboxMongoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Checks.port(spec, "--port", port);
    MongoSandbox sandbox;
    try {
      sandbox = MongoSandbox.start(port);
    } catch (SandboxException e) {
      throw new UsageException(e.getMessage() + (port == 0 ? "" : "; choose another with --port (0 picks a free one)"));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "eventscope-sandbox-stop"));
    context.out().println(sandbox.connectionString());
    context.out().println("press Ctrl+C to stop (the data lives in memory and goes with it)");
    context.out().flush();
    try {
      // Runs until the JVM is asked to stop; the shutdown hook closes the server.
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sandbox.close();
    }
    return Cli.OK;
  }
}

package dev.eventscope.console.cli;

import dev.eventscope.api.ApiServer;
import dev.eventscope.api.ApiSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.fleet.FleetMember;
import dev.eventscope.services.fleet.FleetService;
import dev.eventscope.services.fleet.FleetState;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventscope serve}: the whole system behind the HTTP/WebSocket API, until Ctrl+C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Runs the services behind the HTTP/WebSocket API until Ctrl+C.",
    description = {
      "Starts the order-fulfilment system and serves its HTTP/WebSocket API: commands and queries by type name, "
          + "contracts, stored events, traces, bus, dead letters, health, /metrics, /openapi.json and /api-docs.",
      "Loopback only unless a token is configured: binding another address without --token-file is refused."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope serve",
      "      http://127.0.0.1:8080, embedded store in the data folder",
      "  curl -X POST -H 'Content-Type: application/json' http://127.0.0.1:8080/api/commands/PlaceOrder \\",
      "      -d '{\"orderId\":\"6f1c0b6e-3b8e-4b55-9a51-0e4fd7d2b7a1\",\"customerId\":\"c-1\",",
      "           \"lines\":[{\"sku\":\"SKU-1\",\"quantity\":1,\"unitPriceCents\":500}]}'",
      "  eventscope serve --bind 0.0.0.0 --token-file ~/.config/eventscope/api-token --store memory"
    })
public final class ServeCommand implements Callable<Integer> {
  /**
   * How long a fleet member keeps trying to reach its broker at start: a fleet starts its processes
   * side by side (seven JVMs and a broker on a small machine), and a broker busy with the others may
   * miss one connect timeout.
   */
  static final Duration BROKER_WAIT = Duration.ofSeconds(60);
  private static final Duration BROKER_RETRY = Duration.ofSeconds(1);
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ApiSettings.LOOPBACK,
      description = "The address to listen on (default ${DEFAULT-VALUE}); a non-loopback address needs --token-file.")
  String bind;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "The port; 0 picks a free one (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the bearer token clients must send (Authorization: Bearer <token>).")
  Path tokenFile;

  @Option(names = "--on-undecodable", paramLabel = "skip|stop", defaultValue = "skip",
      description = "A stored event that cannot be decoded (corrupt, unknown type, newer schema): skip reports it and goes on "
          + "(default), stop holds publishing at it until it is repaired.")
  String onUndecodable;

  @Option(names = "--services", paramLabel = "A,B,…", split = ",",
      description = "Run only these services (orders, inventory, payments, shipping, notifications; the fulfilment saga runs "
          + "with orders) as one process of a fleet: their events leave through --bus, other services' events arrive from it, "
          + "and commands for other services go to the processes the fleet state file names; a broker that does not answer "
          + "at start is tried again for up to 60 s. Default: all, in one process.")
  List<String> services;

  @Option(names = "--fleet", paramLabel = "FILE",
      description = "With --services: the fleet state file that says where the other services' APIs are "
          + "(default <data>/fleet.json, written by eventscope fleet up).")
  Path fleetFile;

  @Option(names = "--replica",
      description = "With --services: this is another process of services that already run (scaling out): it shares their store "
          + "and consumer groups and keeps its read models in memory, so the shared ones have one writer.")
  boolean replica;

  @Mixin StoreOption store;
  @Mixin DataOption data;
  @Mixin BusOption bus;

  public ServeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Checks.port(spec, "--port", port);
    boolean stopAtUndecodable = Checks.oneOf(spec, "--on-undecodable", onUndecodable, "skip", "stop").equals("stop");
    ApiSettings settings = new ApiSettings(bind, port, token());
    try {
      settings.validate();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String storeName = store.resolve(context, StoreOption.EMBEDDED);
    Path dataDir = storeName.equals(StoreOption.EMBEDDED) ? data.resolve(context) : null;
    SystemSettings systemSettings = SystemSettings.of(storeName, dataDir, bus.resolve()).withBusSettings(bus.settings(context))
        .withStopAtUndecodable(stopAtUndecodable);
    EventSystem system = services == null ? OrderFulfilmentSystem.start(systemSettings, List.of()) : startMember(systemSettings);
    ApiServer server;
    try {
      server = ApiServer.start(system, settings);
    } catch (RuntimeException e) {
      system.close();
      if (causedBy(e, BindException.class)) {
        throw new UsageException("cannot listen on " + bind + ":" + port + " (in use or not a local address); choose another with --port");
      }
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      system.close();
      stopped.countDown();
    }, "eventscope-serve-stop"));
    context.out().println("eventscope API on " + server.url() + (settings.token() == null ? "" : " (bearer token required)"));
    if (services != null) context.out().println("services " + String.join(",", services) + (replica ? " (replica)" : ""));
    context.out().println("store " + UriMasking.mask(storeName) + ", bus " + system.bus().strategy()
        + "; docs at " + server.url() + "/api-docs; press Ctrl+C to stop");
    context.out().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Cli.OK;
  }

  /** One process of a fleet: only the named services, linked to the others through the broker and the fleet file. */
  private EventSystem startMember(SystemSettings systemSettings) {
    List<FleetService> chosen;
    try {
      chosen = FleetService.parse(services);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--services: " + e.getMessage());
    }
    if (systemSettings.bus().equals(BusOption.MEMORY)) {
      throw new UsageException("--services runs part of a fleet, which needs a broker: add --bus kafka, rabbitmq or redis");
    }
    Path file = fleetFile != null ? fleetFile : FleetState.file(data.resolve(context));
    long deadline = System.nanoTime() + BROKER_WAIT.toNanos();
    while (true) {
      try {
        return FleetMember.start(systemSettings, chosen, file, replica);
      } catch (BusUnavailableException e) {
        if (System.nanoTime() > deadline) throw e;
        context.err().println("eventscope: " + Cli.firstLine(e.getMessage()) + "; trying again");
        context.err().flush();
        sleepQuietly(BROKER_RETRY);
      }
    }
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted while waiting for the broker");
    }
  }

  private String token() {
    if (tokenFile == null) return null;
    String token = TokenFile.read(tokenFile);
    if (token.length() < 16) throw new UsageException("the token in " + tokenFile + " is too short: use at least 16 characters");
    warnIfReadableByOthers();
    return token;
  }

  private void warnIfReadableByOthers() {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(tokenFile);
      if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
        context.err().println("warning: " + tokenFile + " is readable by other users; chmod 600 it");
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Not a POSIX file system: nothing to check.
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }
}

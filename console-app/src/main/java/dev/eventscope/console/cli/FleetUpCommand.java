package dev.eventscope.console.cli;

import dev.eventscope.console.Launcher;
import dev.eventscope.console.fleet.BrokerProbe;
import dev.eventscope.console.fleet.ChildJvm;
import dev.eventscope.console.fleet.FleetFolder;
import dev.eventscope.console.fleet.FleetStartFailure;
import dev.eventscope.console.fleet.FleetStatusLines;
import dev.eventscope.console.fleet.FleetUp;
import dev.eventscope.console.fleet.LogTail;
import dev.eventscope.console.fleet.Pids;
import dev.eventscope.console.fleet.Scale;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.services.fleet.FleetState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eventscope fleet up}: one process per service, detached, recorded in the fleet state file. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Starts one process per service on loopback and returns when all are ready.",
    description = {
      "Starts, as processes that keep running after this command returns: a Kafka sandbox (for --bus kafka; rabbitmq and "
          + "redis use the local servers from the settings), a MongoDB sandbox (for --store mongo), and one "
          + "'eventscope serve --services <name>' per service (orders with the fulfilment saga, inventory, payments, shipping, "
          + "notifications), each with its own database; a service scaled to N runs N-1 replicas besides. "
          + "Returns when every service answers /health, printing what fleet status prints.",
      "Logs: <data>/fleet-logs/<name>.log. State: <data>/fleet.json. While the fleet runs, fleet up starts the service "
          + "processes that stopped (a crash, a kill) again, as they were; with all of them running it is refused.",
      "If a process does not get ready (60 s for a sandbox, --timeout for the services) it says which, shows the end "
          + "of its log, stops everything it started and exits 2."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope fleet up",
      "  eventscope fleet up --data /tmp/fleet-demo --bus redis --scale inventory=2",
      "  eventscope fleet up --store embedded          (for thousands of orders: one database file per service)",
      "  then: eventscope fleet status",
      "        eventscope simulate --fleet",
      "        eventscope fleet down"
    })
public final class FleetUpCommand implements Callable<Integer> {
  static final Duration SANDBOX_TIMEOUT = Duration.ofSeconds(60);
  private static final int TAIL_LINES = 20;

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Option(names = "--bus", paramLabel = "BUS", defaultValue = "kafka",
      description = "The bus between the services: kafka (default; a sandbox broker the fleet starts), rabbitmq or redis "
          + "(the servers at the rabbitmq-uri / redis-uri settings).")
  String bus;

  @Option(names = "--store", paramLabel = "STORE", defaultValue = FleetUp.MONGO_SANDBOX,
      description = "Where the services store, each its own: mongo (default; a MongoDB sandbox the fleet starts, one database "
          + "per service), embedded (one database file per service under <data>/fleet-data/), or a MongoDB connection string "
          + "(your server; one database per service). The sandbox keeps everything in memory and scans whole collections: "
          + "fine for a demo, use embedded or a real MongoDB for thousands of orders.")
  String store;

  @Option(names = "--scale", paramLabel = "SERVICE=N",
      description = "Run N processes of a service (repeatable), like inventory=2. Default: one each.")
  List<String> scale = List.of();

  @Option(names = "--bus-prefix", paramLabel = "NAME",
      description = "First part of the fleet's topic, exchange, queue and stream names, so fleets sharing a RabbitMQ or Redis "
          + "keep apart. Else " + BusSettings.PREFIX_ENV + ", else 'bus-prefix' in settings.yaml, else "
          + BusSettings.DEFAULT_PREFIX + ". A restart of stopped services keeps the fleet's.")
  String busPrefix;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "120s",
      description = "How long to wait for every service to answer /health (default ${DEFAULT-VALUE}).")
  Duration timeout;

  public FleetUpCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String busName = Checks.oneOf(spec, "--bus", bus, "kafka", "rabbitmq", "redis");
    Checks.positive(spec, "--timeout", timeout);
    Scale scales = scales();
    FleetFolder folder = new FleetFolder(data.resolve(context));
    Optional<FleetState> existing = readState(folder);
    if (existing.isPresent() && FleetStatusLines.anyAlive(existing.get(), Pids::alive)) return restartStopped(folder, existing.get());
    if (existing.isPresent()) context.out().println("replacing " + folder.stateFile() + " (none of its processes runs any more)");
    String brokerAddress = brokerAddress(busName);
    String prefix = BrokerSettings.prefix(context.settings(), busPrefix);
    FleetUp up = new FleetUp(ChildJvm.likeThisOne(Launcher.class.getName(), context.env()), line -> {
      context.out().println(line);
      context.out().flush();
    });
    AtomicBoolean settled = new AtomicBoolean();
    // Ctrl+C while starting: what was started is stopped (the children are in sessions of their own).
    Thread onInterrupt = new Thread(() -> {
      if (settled.compareAndSet(false, true) && up.current() != null) FleetDownCommand.stop(context, folder, up.current());
    }, "eventscope-fleet-up-abort");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      FleetState state = up.run(new FleetUp.Request(folder, busName, brokerAddress, storeChoice(), scales, SANDBOX_TIMEOUT, timeout,
          BusSettings.DEFAULT_PREFIX.equals(prefix) ? null : prefix));
      settled.set(true);
      printReady(folder, state);
      return Cli.OK;
    } catch (FleetStartFailure e) {
      if (!settled.compareAndSet(false, true)) return Cli.USAGE;
      reportFailure(e);
      FleetDownCommand.stop(context, folder, up.current());
      return Cli.USAGE;
    } catch (RuntimeException e) {
      if (settled.compareAndSet(false, true) && up.current() != null) FleetDownCommand.stop(context, folder, up.current());
      throw e;
    } finally {
      removeHook(onInterrupt);
    }
  }

  /**
   * A fleet that runs already: with every process alive there is nothing to do; with service
   * processes stopped (a crash, a kill) and its sandboxes alive, they start again as they were.
   */
  private int restartStopped(FleetFolder folder, FleetState existing) {
    boolean sandboxesUp = existing.sandboxes().stream().allMatch(sandbox -> Pids.alive(sandbox.pid()));
    boolean someStopped = existing.processes().stream().anyMatch(process -> !Pids.alive(process.pid()));
    if (!someStopped) {
      throw new UsageException("a fleet is already running in " + folder.data() + ": eventscope fleet status / fleet down");
    }
    if (!sandboxesUp) {
      throw new UsageException("the fleet in " + folder.data() + " lost a sandbox (its data went with it): eventscope fleet down, then fleet up");
    }
    context.out().println("starting the stopped services of the fleet in " + folder.data() + " again");
    FleetUp up = new FleetUp(ChildJvm.likeThisOne(Launcher.class.getName(), context.env()), line -> {
      context.out().println(line);
      context.out().flush();
    });
    try {
      printReady(folder, up.restartStopped(folder, existing, timeout));
      return Cli.OK;
    } catch (FleetStartFailure e) {
      reportFailure(e);
      return Cli.USAGE;
    }
  }

  private String storeChoice() {
    String choice = store.strip();
    if (choice.equals(FleetUp.MONGO_SANDBOX) || choice.equals(FleetState.EMBEDDED)) return choice;
    if (choice.startsWith("mongodb://") || choice.startsWith("mongodb+srv://")) return choice;
    throw new ParameterException(spec.commandLine(), "--store: use mongo, embedded or a MongoDB connection string, not '" + choice + "'");
  }

  private Scale scales() {
    try {
      return Scale.parse(scale);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** For rabbitmq and redis: the local server as the settings name it (kafka's comes from its sandbox). */
  private String brokerAddress(String busName) {
    BusSettings brokers = BrokerSettings.resolve(context.settings(), null, null, null);
    String address = switch (busName) {
      case "rabbitmq" -> brokers.rabbitmqUri();
      case "redis" -> brokers.redisUri();
      default -> null;
    };
    if (address == null) return null;
    String settingName = busName.equals("redis") ? BusSettings.REDIS_ENV + " or redis-uri" : BusSettings.RABBITMQ_ENV + " or rabbitmq-uri";
    BrokerProbe.problem(address, busName.equals("redis") ? 6379 : 5672).ifPresent(problem -> {
      throw new UsageException(busName + " at " + address + " is not reachable: " + problem
          + "; start it, or point " + settingName + " in settings.yaml at one");
    });
    return address;
  }

  private void reportFailure(FleetStartFailure e) {
    context.err().println(Cli.prefixed(e.getMessage() + "; stopping everything fleet up started"));
    if (e.log() != null) {
      context.err().println("last lines of " + e.log() + ":");
      LogTail.last(e.log(), TAIL_LINES).forEach(line -> context.err().println("  | " + line));
    }
    context.err().flush();
  }

  private void printReady(FleetFolder folder, FleetState state) {
    context.out().println();
    FleetStatusLines.of(state).forEach(context.out()::println);
    String dataFlag = data.data == null ? "" : " --data " + folder.data();
    String ordersApi = state.processes().stream().filter(p -> p.service().equals("orders")).findFirst()
        .map(FleetState.ServiceProcess::api).orElse("");
    context.out().println();
    context.out().println("the fleet is up; next:");
    context.out().println("  eventscope simulate --fleet" + dataFlag);
    context.out().println("  eventscope console --attach " + ordersApi);
    context.out().println("  eventscope fleet down" + dataFlag);
    context.out().flush();
  }

  /** The state file in {@code folder}, if there is one; an unreadable one is a usage error naming it. */
  static Optional<FleetState> readState(FleetFolder folder) {
    try {
      return FleetState.read(folder.stateFile());
    } catch (IllegalStateException e) {
      throw new UsageException(Cli.firstLine(e.getMessage()) + " (remove it if no fleet is running)");
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook runs and finds the work settled.
    }
  }
}

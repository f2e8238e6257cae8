package dev.eventscope.console.cli;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.services.report.HtmlReport;
import dev.eventscope.services.fleet.FleetSimulation;
import dev.eventscope.services.scenario.LoadProfile;
import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioCatalog;
import dev.eventscope.services.scenario.ScenarioException;
import dev.eventscope.services.scenario.ScenarioFaults;
import dev.eventscope.services.simulation.Simulation;
import dev.eventscope.services.simulation.SimulationConfig;
import dev.eventscope.services.simulation.SimulationReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventscope simulate}: a headless run with a summary, a JSON report and a consistency verdict. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Runs the system headless (plain or a scenario), checks consistency and writes a JSON report.",
    description = {
      "Runs the order-fulfilment system headless: places the seed's orders (or plays a scenario: its load, faults "
          + "and timeline), waits until each one is final, checks the whole store for consistency, prints a summary "
          + "and writes a JSON report (and, with --html, a one-page report with charts).",
      "Exit code 1 when the consistency check or one of the scenario's expectations fails; the summary says which."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope simulate --scenario flaky-payments --html flaky.html",
      "      plays a shipped scenario (--list-scenarios shows them) and writes a report to hand out",
      "  eventscope simulate --scenario my-story.yaml --bus kafka",
      "  eventscope simulate --scenario black-friday --duration 10m --rate 50 --store embedded --data /tmp/soak",
      "      a long steady run (scripts/soak.sh samples heap, threads and open files meanwhile)",
      "  eventscope simulate",
      "      1000 orders, as fast as possible, in memory",
      "  eventscope simulate --orders 5000 --rate 200 \\",
      "      --payment-decline-rate 0.1 --report run.json",
      "  eventscope simulate --store embedded --data /tmp/es-demo --timeout 2m",
      "  eventscope simulate --store mongodb://127.0.0.1:27017/eventscope",
      "      against a MongoDB; 'eventscope sandbox mongo' starts one",
      "  eventscope simulate --bus redis",
      "  eventscope simulate --orders 3000 --buses memory,kafka,rabbitmq,redis --switch-every 1s",
      "      switches the bus live every second; 'eventscope sandbox kafka' starts a broker"
    })
public final class SimulateCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--scenario", paramLabel = "NAME|FILE",
      description = "Play a scenario: a shipped one by name (happy-path, black-friday, flaky-payments, poison-message, "
          + "duplicates-and-reordering, broker-outage) or a YAML file. --orders, --rate, --seed and the rates override it.")
  String scenario;

  @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "With --scenario: run for this long (like 10m), placing orders at the scenario's load, instead of its order count.")
  Duration duration;

  @Option(names = "--list-scenarios", description = "List the scenarios with their titles and exit.")
  boolean listScenarios;

  @Option(names = "--orders", paramLabel = "N", defaultValue = "1000", description = "How many orders to place (default ${DEFAULT-VALUE}).")
  int orders;

  @Option(names = "--rate", paramLabel = "R", description = "Orders per second; omitted = as fast as possible.")
  Double rate;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Decides every order's customer, lines, payment and stock outcome (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--payment-decline-rate", paramLabel = "P", defaultValue = "0",
      description = "Share of orders whose payment is declined, 0..1 (default ${DEFAULT-VALUE}).")
  double paymentDeclineRate;

  @Option(names = "--stock-shortage-rate", paramLabel = "P", defaultValue = "0",
      description = "Share of orders asking for more than the stock holds, 0..1 (default ${DEFAULT-VALUE}).")
  double stockShortageRate;

  @Mixin StoreOption store;
  @Mixin DataOption data;
  @Mixin BusOption bus;

  @Option(names = "--buses", paramLabel = "A,B,…", split = ",",
      description = "Cycle through these bus strategies during the run (with --switch-every), e.g. memory,kafka,rabbitmq,redis.")
  List<String> buses;

  @Option(names = "--switch-every", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How often to switch to the next of --buses, like 1s (default 1s).")
  Duration switchEvery;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
      description = "Concurrent clients placing orders (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long to wait for every order to be final, like 30s or 2m (default 30m).")
  Duration timeout;

  @Option(names = "--fleet",
      description = "Drive the fleet that eventscope fleet up started (its state file in --data) instead of a system in this "
          + "process, and check consistency across all of its stores. Plain runs only (--orders, --rate, --seed, the rates).")
  boolean fleet;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the JSON report here.")
  Path report;

  @Option(names = "--html", paramLabel = "FILE", description = "Write a one-page HTML report with charts here.")
  Path html;

  public SimulateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ScenarioCatalog catalog = ScenarioCatalog.fromEnvironment();
    if (listScenarios) return list(catalog);
    ReportFiles.requireWritable("--report", report);
    ReportFiles.requireWritable("--html", html);
    SimulationConfig config = config();
    if (duration != null && scenario == null) throw new UsageException("--duration needs --scenario (plain runs place --orders)");
    Scenario played = scenario == null ? null : scenario(catalog);
    if (config.switching().active() && played != null) throw new UsageException("--buses cannot be combined with --scenario yet");
    FleetRun fleetRun = fleet ? FleetRun.resolve(context, data, played != null || config.switching().active()) : null;
    if (fleetRun != null) {
      context.out().printf("simulating %d orders (seed %d) on the fleet in %s (bus %s)%n", config.orders(), config.seed(),
          fleetRun.file().getParent(), fleetRun.state().bus());
    } else if (played == null) {
      context.out().printf("simulating %d orders (seed %d) on store %s, bus %s%s%n",
          config.orders(), config.seed(), UriMasking.mask(config.store()), config.bus(),
          config.switching().active() ? " (switching among " + String.join(", ", config.switching().buses()) + " every "
              + Durations.format(config.switching().every()) + ")" : "");
    } else {
      context.out().printf("scenario     %s: %s%n%s%n", played.name(), played.title(), indent(played.description()));
      context.out().printf("running on store %s, bus %s (seed %d)%n", UriMasking.mask(config.store()), config.bus(), played.seed());
    }
    context.out().flush();
    SimulationReport result = fleetRun != null ? FleetSimulation.run(fleetRun.state(), fleetRun.file(), config)
        : played == null ? Simulation.run(config) : Simulation.run(config, played);
    new SimulationSummary(context.out()).print(result);
    if (config.switching().active() && (result.busSwitches() == null || result.busSwitches().isEmpty())) {
      context.out().printf("bus switch   none: the run took %.2f s, less than --switch-every %s (pace it with --rate, or switch more often)%n",
          result.durationSeconds(), Durations.format(config.switching().every()));
    }
    // Reports get shared (CI artifacts, issues): no credentials anywhere in them.
    if (report != null) {
      Json.write(report, UriMasking.mask(Json.pretty(result)));
      context.out().println("report       " + report);
    }
    if (html != null) {
      Json.write(html, UriMasking.mask(HtmlReport.render(result)));
      context.out().println("html report  " + html);
    }
    context.out().flush();
    return passed(result) ? Cli.OK : Cli.CHECK_FAILED;
  }

  private int list(ScenarioCatalog catalog) {
    for (String name : catalog.names()) {
      try {
        context.out().printf("%-28s %s%n", name, catalog.load(name).title());
      } catch (ScenarioException e) {
        context.out().printf("%-28s (invalid: %s)%n", name, e.getMessage());
      }
    }
    context.out().flush();
    return Cli.OK;
  }

  /** The named scenario with whatever the command line says explicitly laid over it. */
  private Scenario scenario(ScenarioCatalog catalog) {
    Scenario loaded;
    try {
      loaded = catalog.load(scenario);
    } catch (ScenarioException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      return overridden(loaded);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--scenario " + scenario + ": " + e.getMessage());
    }
  }

  private Scenario overridden(Scenario scenario) {
    Scenario loaded = scenario;
    if (given("--rate")) loaded = loaded.withLoad(LoadProfile.constant(rate));
    if (duration != null) loaded = loaded.withDuration(duration);
    if (given("--orders")) loaded = loaded.withOrders(orders);
    if (given("--seed")) loaded = loaded.withSeed(seed);
    if (given("--payment-decline-rate") || given("--stock-shortage-rate")) {
      ScenarioFaults faults = loaded.faults();
      loaded = loaded.withFaults(new ScenarioFaults(
          given("--payment-decline-rate") ? paymentDeclineRate : faults.paymentDeclineRate(),
          given("--stock-shortage-rate") ? stockShortageRate : faults.stockShortageRate(),
          faults.bus(), faults.handlers(), faults.slowProjectionMs(), faults.outages()));
    }
    return loaded;
  }

  private boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private static String indent(String text) {
    return text.strip().lines().map(line -> "             " + line).reduce((a, b) -> a + System.lineSeparator() + b).orElse("");
  }

  SimulationConfig config() {
    Checks.atLeast(spec, "--orders", orders, 1);
    Checks.atLeast(spec, "--clients", clients, 1);
    Checks.probability(spec, "--payment-decline-rate", paymentDeclineRate);
    Checks.probability(spec, "--stock-shortage-rate", stockShortageRate);
    Checks.positiveOrNull(spec, "--rate", rate);
    Checks.positive(spec, "--timeout", timeout);
    String busName = bus.resolve();
    Checks.positive(spec, "--switch-every", switchEvery);
    SimulationConfig.BusSwitching switching = SimulationConfig.BusSwitching.NONE;
    if (buses != null && !buses.isEmpty()) {
      List<String> strategies = buses.stream().map(BusOption::strategy).toList();
      switching = new SimulationConfig.BusSwitching(strategies, switchEvery == null ? Duration.ofSeconds(1) : switchEvery);
      // The run starts on the first of the list unless --bus was given explicitly.
      if (spec.commandLine().getParseResult().matchedOption("--bus") == null) busName = strategies.get(0);
    } else if (switchEvery != null) {
      throw new UsageException("--switch-every needs --buses (the strategies to switch between)");
    }
    String storeName = store.resolve(context, StoreOption.MEMORY);
    // Only the embedded store lives in the data folder; the others must not create it.
    Path dataDir = storeName.equals(StoreOption.EMBEDDED) ? data.resolve(context) : null;
    SimulationConfig defaults = SimulationConfig.defaults();
    return new SimulationConfig(orders, rate, seed, paymentDeclineRate, stockShortageRate, storeName, dataDir, busName, clients,
        defaults.sagaDeadline(), timeout == null ? defaults.timeout() : timeout, switching, brokerSettings(busName, switching));
  }

  /** Broker addresses are looked up (settings file included) only when a broker is used. */
  private BusSettings brokerSettings(String first, SimulationConfig.BusSwitching switching) {
    boolean broker = !BusOption.MEMORY.equals(first) || switching.buses().stream().anyMatch(name -> !BusOption.MEMORY.equals(name));
    return broker ? bus.settings(context) : BusSettings.defaults();
  }

  static boolean passed(SimulationReport report) {
    boolean consistent = report.consistency() != null && report.consistency().ok();
    List<SimulationReport.Expectation> expectations = report.expectations() == null ? List.of() : report.expectations();
    return consistent && expectations.stream().allMatch(SimulationReport.Expectation::ok);
  }
}

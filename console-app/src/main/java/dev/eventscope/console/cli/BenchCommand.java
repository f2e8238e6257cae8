package dev.eventscope.console.cli;

import dev.eventscope.api.bench.HttpBenchConfig;
import dev.eventscope.api.bench.HttpBenchmark;
import dev.eventscope.services.bench.BenchConfig;
import dev.eventscope.services.bench.Benchmark;
import dev.eventscope.services.bench.BusBenchConfig;
import dev.eventscope.services.bench.BusBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventscope bench}: the end-to-end workloads. Prints one JSON object per run on its own line
 * (and writes the same lines to {@code --report}), so one run's output is plain JSON and several
 * runs' output is JSON Lines.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Runs an end-to-end benchmark workload; one JSON object per run.",
    description = {
      "Runs an end-to-end benchmark workload and prints one JSON object per run on stdout (JSON Lines with --runs).",
      "order-flow: the orders context alone (place, confirm, query each order); fulfilment: the whole saga.",
      "bus: --messages order events through the --bus strategy's publish path to a subscriber that applies nothing;"
          + " on a broker also the broker's own client with the same guarantees (rawClientPerSecond, ratioToRaw).",
      "http: --commands PlaceOrder over HTTP to an in-process API server on --connections keep-alive connections,"
          + " next to the same commands through the mediator in the same run (commandsPerSecond, inProcessCommandsPerSecond, ratio)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope bench",
      "  eventscope bench --workload fulfilment --orders 20000 --warmup 5000 --runs 3",
      "  eventscope bench --threads 4 --tracing off --report bench.jsonl",
      "  eventscope bench --workload bus --bus redis --messages 20000 --runs 3",
      "  eventscope bench --workload http --connections 4 --commands 20000"
    })
public final class BenchCommand implements Callable<Integer> {
  static final Set<String> WORKLOADS = Set.of(BenchConfig.ORDER_FLOW, BenchConfig.FULFILMENT, BusBenchConfig.BUS, HttpBenchConfig.HTTP);
  private static final int ORDERS = 100_000;
  private static final int WARMUP_ORDERS = 20_000;
  private static final int MESSAGES = 100_000;
  private static final int WARMUP_MESSAGES = 10_000;
  private static final int COMMANDS = 20_000;
  private static final int WARMUP_COMMANDS = 2_000;
  private static final int CONNECTIONS = 4;

  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--workload", paramLabel = "NAME", defaultValue = BenchConfig.ORDER_FLOW,
      description = "order-flow, fulfilment, bus or http (default ${DEFAULT-VALUE}).")
  String workload;

  @Option(names = "--orders", paramLabel = "N",
      description = "Measured orders per run (default " + ORDERS + "); order-flow and fulfilment.")
  Integer orders;

  @Option(names = "--messages", paramLabel = "N",
      description = "Measured messages per run (default " + MESSAGES + "); bus only.")
  Integer messages;

  @Option(names = "--commands", paramLabel = "N",
      description = "Measured commands per run and per lane (default " + COMMANDS + "); http only.")
  Integer commands;

  @Option(names = "--connections", paramLabel = "C",
      description = "Concurrent keep-alive connections, and in-process threads (default " + CONNECTIONS + "); http only.")
  Integer connections;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "1", description = "Client threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Orders (bus: messages, http: commands per lane) before measuring (default " + WARMUP_ORDERS + "; bus "
          + WARMUP_MESSAGES + "; http " + WARMUP_COMMANDS + ").")
  Integer warmup;

  @Option(names = "--tracing", paramLabel = "on|off", defaultValue = "on",
      description = "Whether the flow tracer records hops (default ${DEFAULT-VALUE}).")
  String tracing;

  @Option(names = "--runs", paramLabel = "K", defaultValue = "1",
      description = "Repeat the run K times, one JSON line each (default ${DEFAULT-VALUE}).")
  int runs;

  @Mixin StoreOption store;
  @Mixin BusOption bus;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the JSON lines here.")
  Path report;

  public BenchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ReportFiles.requireWritable("--report", report);
    Supplier<Object> workloadRun = workloadRun();
    List<String> lines = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      String line = UriMasking.mask(Json.line(workloadRun.get()));
      context.out().println(line);
      context.out().flush();
      lines.add(line);
    }
    if (report != null) Json.write(report, String.join("\n", lines));
    return Cli.OK;
  }

  /** One run of the chosen workload, its options checked once before the first run. */
  Supplier<Object> workloadRun() {
    if (!WORKLOADS.contains(workload)) {
      throw new ParameterException(spec.commandLine(), "unknown workload '" + workload + "': use order-flow, fulfilment, bus or http");
    }
    Checks.atLeast(spec, "--runs", runs, 1);
    if (BusBenchConfig.BUS.equals(workload)) {
      BusBenchConfig config = busConfig();
      return () -> BusBenchmark.run(config);
    }
    if (HttpBenchConfig.HTTP.equals(workload)) {
      HttpBenchConfig config = httpConfig();
      return () -> HttpBenchmark.run(config);
    }
    BenchConfig config = config();
    return () -> Benchmark.run(config);
  }

  BenchConfig config() {
    onlyWith("bus", "--messages");
    onlyWith("http", "--commands", "--connections");
    boolean traced = Checks.onOff(spec, "--tracing", tracing);
    int orderCount = orders == null ? ORDERS : orders;
    int warmupOrders = warmup == null ? WARMUP_ORDERS : warmup;
    Checks.atLeast(spec, "--orders", orderCount, 1);
    Checks.atLeast(spec, "--threads", threads, 1);
    Checks.atLeast(spec, "--warmup", warmupOrders, 0);
    String busName = bus.resolve();
    String storeName = store.resolve(context, StoreOption.MEMORY);
    return new BenchConfig(workload, orderCount, threads, traced, busName, storeName, warmupOrders);
  }

  BusBenchConfig busConfig() {
    onlyWith("order-flow and fulfilment", "--orders", "--threads", "--tracing", "--store");
    onlyWith("http", "--commands", "--connections");
    int messageCount = messages == null ? MESSAGES : messages;
    int warmupMessages = warmup == null ? WARMUP_MESSAGES : warmup;
    Checks.atLeast(spec, "--messages", messageCount, 1);
    Checks.atLeast(spec, "--warmup", warmupMessages, 0);
    return new BusBenchConfig(bus.resolve(), messageCount, warmupMessages, bus.settings(context));
  }

  HttpBenchConfig httpConfig() {
    onlyWith("order-flow and fulfilment", "--orders", "--threads", "--tracing", "--store");
    onlyWith("bus", "--messages");
    onlyWith("order-flow, fulfilment and bus", "--bus", "--kafka-bootstrap", "--rabbitmq-uri", "--redis-uri");
    int commandCount = commands == null ? COMMANDS : commands;
    int connectionCount = connections == null ? CONNECTIONS : connections;
    int warmupCommands = warmup == null ? WARMUP_COMMANDS : warmup;
    Checks.atLeast(spec, "--commands", commandCount, 1);
    Checks.atLeast(spec, "--connections", connectionCount, 1);
    Checks.atLeast(spec, "--warmup", warmupCommands, 0);
    return new HttpBenchConfig(connectionCount, commandCount, warmupCommands);
  }

  /** Options that mean nothing to this workload are a usage error, not silently ignored. */
  private void onlyWith(String workloads, String... options) {
    for (String option : options) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(spec.commandLine(), option + " does not apply to --workload " + workload
            + " (only to " + workloads + ")");
      }
    }
  }
}

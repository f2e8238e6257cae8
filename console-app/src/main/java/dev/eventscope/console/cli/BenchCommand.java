package dev.eventscope.console.cli;

import dev.eventscope.services.bench.BenchConfig;
import dev.eventscope.services.bench.BenchResult;
import dev.eventscope.services.bench.Benchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
      "order-flow: the orders context alone (place, confirm, query each order); fulfilment: the whole saga."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope bench",
      "  eventscope bench --workload fulfilment --orders 20000 --warmup 5000 --runs 3",
      "  eventscope bench --threads 4 --tracing off --report bench.jsonl"
    })
public final class BenchCommand implements Callable<Integer> {
  static final Set<String> WORKLOADS = Set.of(BenchConfig.ORDER_FLOW, BenchConfig.FULFILMENT);

  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--workload", paramLabel = "NAME", defaultValue = BenchConfig.ORDER_FLOW,
      description = "order-flow or fulfilment (default ${DEFAULT-VALUE}).")
  String workload;

  @Option(names = "--orders", paramLabel = "N", defaultValue = "100000",
      description = "Measured orders per run (default ${DEFAULT-VALUE}).")
  int orders;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "1", description = "Client threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000", description = "Orders before measuring (default ${DEFAULT-VALUE}).")
  int warmup;

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
    BenchConfig config = config();
    List<String> lines = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      BenchResult result = Benchmark.run(config);
      String line = UriMasking.mask(Json.line(result));
      context.out().println(line);
      context.out().flush();
      lines.add(line);
    }
    if (report != null) Json.write(report, String.join("\n", lines));
    return Cli.OK;
  }

  BenchConfig config() {
    if (!WORKLOADS.contains(workload)) {
      throw new ParameterException(spec.commandLine(), "unknown workload '" + workload + "': use order-flow or fulfilment");
    }
    boolean traced = Checks.onOff(spec, "--tracing", tracing);
    Checks.atLeast(spec, "--orders", orders, 1);
    Checks.atLeast(spec, "--threads", threads, 1);
    Checks.atLeast(spec, "--warmup", warmup, 0);
    Checks.atLeast(spec, "--runs", runs, 1);
    String busName = bus.resolve();
    String storeName = store.resolve(context, StoreOption.MEMORY);
    return new BenchConfig(workload, orders, threads, traced, busName, storeName, warmup);
  }
}

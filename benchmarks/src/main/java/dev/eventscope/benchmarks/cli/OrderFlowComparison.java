package dev.eventscope.benchmarks.cli;

import dev.eventscope.benchmarks.Contender;
import dev.eventscope.benchmarks.HeapProbe;
import dev.eventscope.benchmarks.axon.AxonOrderFlow;
import dev.eventscope.benchmarks.bare.BareOrderFlow;
import dev.eventscope.benchmarks.eventscope.EventscopeOrderFlow;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order-flow workload on Eventscope (tracing on and off), Axon Framework 4.13 and a bare
 * hand-written loop, single-threaded, one after the other: per system a warm-up, then measured runs
 * on fresh systems, then its retained heap per order. Each system runs in a JVM of its own with this
 * JVM's options (as JMH forks), so none runs on code the JIT compiled for the one before it;
 * {@code --same-jvm} runs them all in this JVM instead. Prints a markdown table.
 *
 * <pre>
 * java -cp 'benchmarks/target/eventscope-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*' \
 *     dev.eventscope.benchmarks.cli.OrderFlowComparison [--warmup 20000] [--orders 100000] [--runs 3]
 *     [--only eventscope-traced,eventscope,axon,bare] [--no-heap] [--same-jvm] [--markdown FILE]
 * </pre>
 */
public final class OrderFlowComparison {
  private static final String AXON = "axon";

  private OrderFlowComparison() {}

  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: OrderFlowComparison [--warmup N] [--orders N] [--runs N] [--only "
          + String.join(",", contenders().keySet()) + "] [--no-heap] [--same-jvm] [--markdown FILE]");
      System.exit(2);
      return;
    }
    PrintStream progress = System.err;
    Map<String, Contender> contenders = contenders();
    if (options.child() != null) {
      System.out.println(ContenderFork.line(measure(contenders.get(options.child()), options, progress)));
      return;
    }
    String setup = setup(options);
    progress.println(setup);
    ComparisonTable table = new ComparisonTable(contenders.get(AXON).name());
    for (String key : options.only()) {
      Contender contender = contenders.get(key);
      table.add(options.sameJvm() ? measure(contender, options, progress) : ContenderFork.run(key, contender.name(), options));
    }

    String markdown = setup + "\n\n" + table.markdown();
    System.out.println(markdown);
    if (options.markdown() != null) Files.writeString(options.markdown(), markdown, StandardCharsets.UTF_8);
  }

  /** One system's warm-up, runs and retained heap, in this JVM. */
  private static ComparisonTable.Row measure(Contender contender, Options options, PrintStream progress) {
    progress.printf(Locale.ROOT, "%s: warm-up of %,d orders%n", contender.name(), options.warmup());
    if (options.warmup() > 0) contender.ordersPerSecond(options.warmup());
    double[] runs = new double[options.runs()];
    for (int r = 0; r < runs.length; r++) {
      HeapProbe.usedAfterGc(); // each run starts on a collected heap, not on the last run's garbage
      runs[r] = contender.ordersPerSecond(options.orders());
      progress.printf(Locale.ROOT, "%s: run %d of %,d orders: %,.0f orders/s%n", contender.name(), r + 1, options.orders(), runs[r]);
    }
    long retained = options.heap() ? HeapProbe.retainedBytesPerOrder(contender, options.orders()) : -1;
    if (options.heap()) progress.printf(Locale.ROOT, "%s: retained heap %,d bytes/order%n", contender.name(), retained);
    return new ComparisonTable.Row(contender.name(), runs, retained);
  }

  /** In the order they run. Keys are what {@code --only} takes. */
  static Map<String, Contender> contenders() {
    Map<String, Contender> all = new LinkedHashMap<>();
    all.put("eventscope-traced", EventscopeOrderFlow.contender(true));
    all.put("eventscope", EventscopeOrderFlow.contender(false));
    all.put(AXON, AxonOrderFlow.contender());
    all.put("bare", BareOrderFlow.contender());
    return all;
  }

  private static String setup(Options options) {
    Runtime runtime = Runtime.getRuntime();
    String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT,
        "order-flow, single-threaded, in-memory store and bus; %s; warm-up %,d orders, then %d runs of %,d orders per system, %s"
            + "%nJDK %s (%s), %d cores, max heap %,d MB, GC: %s",
        LocalDate.now(), options.warmup(), options.runs(), options.orders(),
        options.sameJvm() ? "all systems in one JVM" : "each system in a JVM of its own",
        System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"), runtime.availableProcessors(),
        runtime.maxMemory() / (1024 * 1024), collectors);
  }

  /** {@code child}: the one system this JVM measures for a parent that forked it (null in the parent). */
  record Options(int warmup, int orders, int runs, List<String> only, boolean heap, boolean sameJvm, Path markdown, String child) {
    static Options parse(String[] args) {
      int warmup = 20_000;
      int orders = 100_000;
      int runs = 3;
      List<String> only = new ArrayList<>(contenders().keySet());
      boolean heap = true;
      boolean sameJvm = false;
      Path markdown = null;
      String child = null;
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (flag.equals("--no-heap")) {
          heap = false;
          continue;
        }
        if (flag.equals("--same-jvm")) {
          sameJvm = true;
          continue;
        }
        if (i + 1 >= args.length) throw new IllegalArgumentException("missing value after " + flag);
        String value = args[++i];
        switch (flag) {
          case "--warmup" -> warmup = count(flag, value, 0);
          case "--orders" -> orders = count(flag, value, 1);
          case "--runs" -> runs = count(flag, value, 1);
          case "--markdown" -> markdown = Path.of(value);
          case "--only" -> only = selected(value);
          case "--child" -> child = selected(value).get(0);
          default -> throw new IllegalArgumentException("unknown flag " + flag);
        }
      }
      return new Options(warmup, orders, runs, only, heap, sameJvm, markdown, child);
    }

    private static int count(String flag, String value, int min) {
      try {
        int parsed = Integer.parseInt(value.replace("_", "").replace(",", ""));
        if (parsed >= min) return parsed;
      } catch (NumberFormatException e) {
        // reported below, with the flag
      }
      throw new IllegalArgumentException(flag + " needs a whole number of at least " + min + ", not '" + value + "'");
    }

    private static List<String> selected(String value) {
      List<String> keys = List.of(value.split(","));
      for (String key : keys) {
        if (!contenders().containsKey(key)) {
          throw new IllegalArgumentException("unknown system '" + key + "' (" + String.join(",", contenders().keySet()) + ")");
        }
      }
      return keys;
    }
  }
}

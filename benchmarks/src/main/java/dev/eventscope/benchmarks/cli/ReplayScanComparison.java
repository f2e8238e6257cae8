package dev.eventscope.benchmarks.cli;

import dev.eventscope.benchmarks.replay.ReplayScanBench;
import java.util.ArrayList;
import java.util.List;

/**
 * Replay rate rebuilding the order-summary projection from a million stored events, next to a raw
 * driver scan of the same events, on each store, in one JVM. Prints a markdown table (progress on
 * stderr).
 *
 * <pre>
 * java -Xmx6g -cp 'benchmarks/target/eventscope-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*' \
 *     dev.eventscope.benchmarks.cli.ReplayScanComparison [--events 1000000] [--runs 3] [--stores memory,embedded,mongodb]
 * </pre>
 */
public final class ReplayScanComparison {
  private ReplayScanComparison() {}

  public static void main(String[] args) throws Exception {
    long events = 1_000_000;
    int runs = 3;
    List<String> stores = List.of("memory", "embedded", "mongodb");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--events" -> events = Long.parseLong(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--stores" -> stores = List.of(args[i + 1].split(","));
        default -> {
          System.err.println("usage: ReplayScanComparison [--events N] [--runs N] [--stores memory,embedded,mongodb]");
          System.exit(2);
        }
      }
    }
    List<ReplayScanBench.Row> rows = new ArrayList<>();
    for (String store : stores) rows.add(ReplayScanBench.measure(store, events, runs, System.err));
    System.out.println(ReplayScanBench.table(rows));
  }
}

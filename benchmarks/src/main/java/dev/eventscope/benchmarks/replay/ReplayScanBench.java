package dev.eventscope.benchmarks.replay;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreBackends;
import dev.eventscope.services.sandbox.MongoSandbox;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One store's measurement: fill it, then per run a raw scan and a projection replay (alternating
 * which goes first), each timed; the row holds the medians and their ratio.
 */
public final class ReplayScanBench {
  /** One store's figures: events per second of the raw scan and of the replay, per run. */
  public record Row(String store, long events, List<Double> raw, List<Double> replay) {
    double rawMedian() {
      return raw.isEmpty() ? Double.NaN : median(raw);
    }

    double replayMedian() {
      return median(replay);
    }
  }

  private ReplayScanBench() {}

  public static Row measure(String store, long events, int runs, PrintStream progress) throws Exception {
    Path data = Files.createTempDirectory("replay-bench");
    MongoSandbox mongo = store.equals("mongodb") ? MongoSandbox.start(0) : null;
    String spec = switch (store) {
      case "memory", "embedded" -> store;
      case "mongodb" -> mongo.connectionString();
      default -> throw new IllegalArgumentException("unknown store " + store + ": memory, embedded or mongodb");
    };
    try (StoreBackend backend = StoreBackends.open(spec, data, new JsonCodec(OrderFulfilmentContracts.registry()))) {
      long started = System.nanoTime();
      long stored = StoreFiller.fill(backend.events(), events, () -> progress.print("."));
      progress.printf(Locale.ROOT, "%n%s: %,d events stored in %.0f s%n", store, stored, (System.nanoTime() - started) / 1e9);
      // The in-memory store has no driver to scan with: its replay rate stands alone.
      RawScan raw = switch (store) {
        case "memory" -> null;
        case "embedded" -> RawScans.sqlite(data.resolve("eventscope.db"));
        default -> RawScans.mongo(spec, MongoSandbox.DATABASE);
      };
      // One of each first, unmeasured: class loading, JIT, the OS page cache.
      if (raw != null) raw.scan();
      ProjectionReplay.rebuildOrderSummary(backend.events());
      List<Double> rawRates = new ArrayList<>();
      List<Double> replayRates = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        if (run % 2 == 1) replayRates.add(timedReplay(backend));
        if (raw != null) rawRates.add(timedRaw(raw));
        if (run % 2 == 0) replayRates.add(timedReplay(backend));
        progress.printf(Locale.ROOT, "%s run %d: raw %s ev/s, replay %,.0f ev/s%n", store, run + 1,
            raw == null ? "-" : String.format(Locale.ROOT, "%,.0f", rawRates.get(run)), replayRates.get(run));
      }
      return new Row(store, stored, rawRates, replayRates);
    } finally {
      if (mongo != null) mongo.close();
      deleteQuietly(data);
    }
  }

  private static double timedRaw(RawScan raw) throws Exception {
    long started = System.nanoTime();
    long read = raw.scan();
    return read * 1e9 / (System.nanoTime() - started);
  }

  /** The whole job, from its start (which counts the events, for the progress) to its report. */
  private static double timedReplay(StoreBackend backend) {
    long started = System.nanoTime();
    ReplayReport report = ProjectionReplay.rebuildOrderSummary(backend.events());
    if (report.selected() == 0) throw new IllegalStateException("the replay selected nothing");
    return report.selected() * 1e9 / (System.nanoTime() - started);
  }

  public static String table(List<Row> rows) {
    StringBuilder table = new StringBuilder("| store | events | raw scan runs (ev/s) | replay runs (ev/s) | raw median | replay median | replay / raw |\n"
        + "| --- | ---: | --- | --- | ---: | ---: | ---: |\n");
    for (Row row : rows) {
      boolean scanned = !row.raw().isEmpty();
      table.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %,.0f | %s |%n", row.store(), row.events(),
          scanned ? list(row.raw()) : "no driver", list(row.replay()), scanned ? String.format(Locale.ROOT, "%,.0f", row.rawMedian()) : "-",
          row.replayMedian(), scanned ? String.format(Locale.ROOT, "%.0f%%", 100 * row.replayMedian() / row.rawMedian()) : "-"));
    }
    return table.toString();
  }

  private static String list(List<Double> rates) {
    return String.join(" / ", rates.stream().map(rate -> String.format(Locale.ROOT, "%,.0f", rate)).toList());
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static void deleteQuietly(Path folder) {
    try (var paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (java.io.IOException e) {
      // A temp folder left behind is harmless.
    }
  }
}

package dev.eventscope.benchmarks.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures one system of the comparison in a JVM of its own, started with this JVM's options and
 * class path (as JMH forks): no system runs on code the JIT compiled, or a heap shaped, for another.
 * The child reports its row on one line of its standard output; its progress goes to standard error.
 */
final class ContenderFork {
  static final String ROW_PREFIX = "ROW ";

  private ContenderFork() {}

  /** Runs {@code key} in a child JVM and answers its row. */
  static ComparisonTable.Row run(String key, String name, OrderFlowComparison.Options options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), OrderFlowComparison.class.getName(), "--child", key,
        "--warmup", String.valueOf(options.warmup()), "--orders", String.valueOf(options.orders()), "--runs",
        String.valueOf(options.runs())));
    if (!options.heap()) command.add("--no-heap");
    try {
      Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String row = null;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(ROW_PREFIX)) row = line.substring(ROW_PREFIX.length());
        }
      }
      int exit = child.waitFor();
      if (exit != 0 || row == null) throw new IllegalStateException(name + ": its JVM exited with " + exit + " and no result");
      return parse(name, row);
    } catch (IOException e) {
      throw new IllegalStateException(name + ": could not start a JVM for it: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + ": interrupted", e);
    }
  }

  /** The child's line: its runs' orders per second, comma-separated, then its retained bytes per order. */
  static String line(ComparisonTable.Row row) {
    StringBuilder runs = new StringBuilder();
    for (double run : row.runs()) runs.append(runs.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", run));
    return ROW_PREFIX + runs + " " + row.retainedBytesPerOrder();
  }

  private static ComparisonTable.Row parse(String name, String row) {
    String[] parts = row.split(" ");
    double[] runs = Arrays.stream(parts[0].split(",")).mapToDouble(Double::parseDouble).toArray();
    return new ComparisonTable.Row(name, runs, Long.parseLong(parts[1]));
  }
}

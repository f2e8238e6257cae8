package dev.eventscope.benchmarks.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The comparison's results as a markdown table: each run, the median, the ratio to Axon, the heap. */
final class ComparisonTable {
  record Row(String system, double[] runs, long retainedBytesPerOrder) {
    double median() {
      double[] sorted = runs.clone();
      Arrays.sort(sorted);
      int middle = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final String baseline;

  /** {@code baseline} is the system the ratios are to (Axon); without its row they are left out. */
  ComparisonTable(String baseline) {
    this.baseline = baseline;
  }

  void add(Row row) {
    rows.add(row);
  }

  String markdown() {
    int runs = rows.stream().mapToInt(row -> row.runs().length).max().orElse(0);
    Double reference = rows.stream().filter(row -> row.system().equals(baseline)).map(Row::median).findFirst().orElse(null);
    StringBuilder table = new StringBuilder("| system |");
    for (int r = 1; r <= runs; r++) table.append(" run ").append(r).append(" (orders/s) |");
    table.append(" median (orders/s) | vs Axon | retained heap (bytes/order) |\n|---|");
    table.append("---:|".repeat(runs + 3)).append('\n');
    for (Row row : rows) {
      table.append("| ").append(row.system()).append(" |");
      for (int r = 0; r < runs; r++) table.append(' ').append(r < row.runs().length ? number(row.runs()[r]) : "").append(" |");
      table.append(' ').append(number(row.median())).append(" | ");
      table.append(reference == null ? "n/a" : String.format(Locale.ROOT, "%.2f×", row.median() / reference)).append(" | ");
      table.append(row.retainedBytesPerOrder() < 0 ? "not measured" : number(row.retainedBytesPerOrder())).append(" |\n");
    }
    return table.toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}

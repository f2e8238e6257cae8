package dev.eventscope.console.cli;

import dev.eventscope.services.simulation.SimulationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The few lines a person reads after a run; the JSON report holds the rest. */
final class SimulationSummary {
  static final int MISMATCHES_SHOWN = 5;
  private final PrintWriter out;

  SimulationSummary(PrintWriter out) {
    this.out = out;
  }

  void print(SimulationReport r) {
    if (r.orders() != null) {
      SimulationReport.Orders o = r.orders();
      line("orders", "confirmed %d, rejected %d, cancelled %d, pending %d", o.confirmed(), o.rejected(), o.cancelled(), o.pending());
    }
    if (r.commands() != null) {
      SimulationReport.Commands c = r.commands();
      line("commands", "sent %d, accepted %d, rejected %d", c.sent(), c.accepted(), c.rejected());
    }
    if (r.events() != null) {
      SimulationReport.Events e = r.events();
      line("events", "stored %d, published %d, delivered %d, duplicates suppressed %d, dead-lettered %d, lost %d, applied twice %d",
          e.stored(), e.published(), e.delivered(), e.duplicatesSuppressed(), e.deadLettered(), e.lost(), e.appliedTwice());
    }
    if (r.throughput() != null) {
      line("throughput", "%.1f orders/s over %.2f s", r.throughput().ordersPerSecond(), r.durationSeconds());
    }
    if (r.latencyMs() != null) {
      SimulationReport.Latency l = r.latencyMs();
      line("latency", "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", l.p50(), l.p95(), l.p99());
    }
    for (SimulationReport.Switch s : orEmpty(r.busSwitches())) {
      line("bus switch", "%s -> %s, drained in %d ms", s.from(), s.to(), s.drainMs());
    }
    for (SimulationReport.Expectation e : orEmpty(r.expectations())) {
      String detail = e.detail() == null || e.detail().isBlank() ? "" : " (" + e.detail() + ")";
      line("expectation", "%s %s%s", e.ok() ? "ok    " : "FAILED", e.name(), detail);
    }
    printConsistency(r.consistency());
  }

  private void printConsistency(SimulationReport.Consistency consistency) {
    if (consistency == null) {
      line("consistency", "FAILED: the run reported no consistency check");
      return;
    }
    if (consistency.ok()) {
      line("consistency", "ok");
      return;
    }
    List<String> mismatches = orEmpty(consistency.mismatches());
    line("consistency", "FAILED, %d mismatch%s%s", mismatches.size(), mismatches.size() == 1 ? "" : "es",
        mismatches.size() > MISMATCHES_SHOWN ? " (the first " + MISMATCHES_SHOWN + " below, all in the report)" : "");
    mismatches.stream().limit(MISMATCHES_SHOWN).forEach(m -> out.println("  - " + UriMasking.mask(m)));
  }

  private void line(String label, String format, Object... args) {
    out.println(String.format(Locale.ROOT, "%-12s " + format, prepend(label, args)));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}

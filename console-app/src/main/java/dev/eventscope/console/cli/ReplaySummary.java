package dev.eventscope.console.cli;

import dev.eventscope.runtime.replay.ReplayReport;
import java.io.PrintWriter;

/** The human summary of a replay (the JSON report has the same and more). */
final class ReplaySummary {
  private final PrintWriter out;

  ReplaySummary(PrintWriter out) {
    this.out = out;
  }

  void print(ReplayReport result) {
    out.printf("selected     %,d events%n", result.selected());
    if (result.byType() != null) result.byType().forEach((type, count) -> out.printf("  %-24s %,d%n", type, count));
    if (result.listed() != null && !result.listed().isEmpty()) {
      out.println("first " + result.listed().size() + ":");
      result.listed().forEach(e -> out.printf("  #%-8d %-22s %s v%d  %s  %s%n", e.position(), e.type(), e.aggregateId(),
          e.version(), e.context(), e.occurredAt()));
    }
    if (result.state().equals("dry-run")) {
      out.println("dry run      nothing replayed; the store was opened read-only");
      return;
    }
    out.printf("replayed     %,d events in %,d ms (%,.0f events/s), %s%n", result.replayed(), result.durationMs(),
        result.eventsPerSecond(), result.state());
    result.targets().forEach((name, counts) -> out.printf("  %-28s applied %,d  skipped %,d  failed %,d%n", name,
        counts.applied(), counts.skipped(), counts.failed()));
    result.skipped().forEach(skip -> out.printf("skipped      %,d for %s: %s%n", skip.count(), skip.target(), skip.reason()));
    if (result.rebuiltEqualsOriginal() != null) {
      out.println("rebuilt read models " + (result.rebuiltEqualsOriginal() ? "equal the originals" : "DIFFER from the originals"));
      result.mismatches().forEach(m -> out.println("  " + m));
    }
  }
}

package dev.eventscope.console.replay;

import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayProgress;
import dev.eventscope.runtime.replay.ReplayReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The words the Replay screen shows for a replay's progress and its report. */
final class ReplayTexts {
  private ReplayTexts() {}

  static String progress(ReplayProgress progress) {
    if (progress.state() == ReplayJob.State.READY || progress.state() == ReplayJob.State.COUNTING) return "counting the selected events…";
    String line = String.format("%,d / %,d events · %,.0f ev/s · ETA %s", progress.done(), progress.total(), progress.eventsPerSecond(),
        eta(progress.eta()));
    return progress.state() == ReplayJob.State.PAUSED ? line + " · paused" : line;
  }

  /** The progress line once a replay ended: the report's own figures, which stop moving. */
  static String finished(ReplayReport report, long total) {
    return String.format("%,d / %,d events · %,.0f ev/s · %s in %,d ms", report.selected(), total, report.eventsPerSecond(),
        report.state(), report.durationMs());
  }

  static String eta(Duration eta) {
    if (eta == null) return "--";
    long seconds = eta.toSeconds();
    return seconds >= 60 ? seconds / 60 + "m " + String.format("%02ds", seconds % 60) : seconds + "s";
  }

  /** One line for the verdict of a rebuild, or null when nothing was rebuilt from every event. */
  static String verdict(ReplayReport report) {
    if (report.rebuiltEqualsOriginal() == null) return null;
    return report.rebuiltEqualsOriginal() ? "rebuilt read models equal the originals" : "rebuilt read models DIFFER from the originals";
  }

  static List<String> report(ReplayReport report) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%s: %,d selected, %,d replayed in %,d ms (%,.0f events/s)", report.state(), report.selected(),
        report.replayed(), report.durationMs(), report.eventsPerSecond()));
    report.targets().forEach((name, counts) -> lines.add(String.format("%s  applied %,d  skipped %,d  failed %,d", name,
        counts.applied(), counts.skipped(), counts.failed())));
    report.skipped().forEach(skip -> lines.add(String.format("skipped %,d for %s: %s", skip.count(), skip.target(), skip.reason())));
    if (report.mismatches() != null) lines.addAll(report.mismatches());
    return lines;
  }
}

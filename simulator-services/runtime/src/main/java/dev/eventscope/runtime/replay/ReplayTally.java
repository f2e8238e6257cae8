package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.store.StoredEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts what each target of a replay did with the events, and why it skipped any. */
final class ReplayTally {
  private final List<ReplayTarget> targets;
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final Map<List<String>, long[]> skips = new LinkedHashMap<>();
  private long replayed;

  ReplayTally(List<ReplayTarget> targets) {
    this.targets = targets;
    targets.forEach(target -> counts.put(target.name(), new long[3]));
  }

  void deliver(StoredEvent replayed) {
    boolean applied = false;
    boolean taken = false;
    for (ReplayTarget target : targets) {
      if (target.ignores(replayed)) continue;
      taken = true;
      long[] count = counts.get(target.name());
      String reason = target.skipReason(replayed);
      if (reason == null) {
        try {
          target.apply(replayed);
          count[0]++;
          applied = true;
          continue;
        } catch (Exception e) {
          count[2]++;
          reason = "failed: " + firstLine(e);
        }
      } else {
        count[1]++;
      }
      skip(target.name(), reason, replayed);
    }
    if (!taken) skip(ReplayJob.NO_TARGET, "no target reads events of the " + replayed.context() + " context", replayed);
    if (applied) this.replayed++;
  }

  private void skip(String target, String reason, StoredEvent event) {
    skips.computeIfAbsent(List.of(target, reason), key -> new long[] {0, event.position()})[0]++;
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  long replayed() {
    return replayed;
  }

  List<ReplayReport.Skip> skips() {
    return skips.entrySet().stream()
        .map(e -> new ReplayReport.Skip(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  Map<String, ReplayReport.TargetCounts> counts() {
    Map<String, ReplayReport.TargetCounts> result = new LinkedHashMap<>();
    counts.forEach((name, c) -> result.put(name, new ReplayReport.TargetCounts(c[0], c[1], c[2])));
    return result;
  }
}

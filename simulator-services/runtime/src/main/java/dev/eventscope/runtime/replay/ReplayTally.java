package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what each target of a replay did with the events, and why it skipped any; with a tracer,
 * also reports each delivery as a hop from the {@link #NODE} node (marked replay) so the flow
 * graph can draw replayed traffic apart from live traffic.
 */
final class ReplayTally {
  /** The flow-graph node replayed events come from. */
  static final String NODE = "replay";

  private final List<ReplayTarget> targets;
  private final FlowTracer tracer;
  /** Per target, in the order of {@link #targets}: applied, skipped, failed. */
  private final long[][] counts;
  private final Map<List<String>, long[]> skips = new LinkedHashMap<>();
  private long replayed;

  ReplayTally(List<ReplayTarget> targets, FlowTracer tracer) {
    this.targets = targets;
    this.tracer = tracer;
    this.counts = new long[targets.size()][3];
  }

  void deliver(StoredEvent replayed) {
    if (replayed.undecodable()) {
      skipUndecodable(replayed);
      return;
    }
    boolean applied = false;
    boolean taken = false;
    for (int i = 0; i < targets.size(); i++) {
      ReplayTarget target = targets.get(i);
      if (target.ignores(replayed)) continue;
      taken = true;
      long[] count = counts[i];
      long started = tracer == null ? 0 : System.nanoTime();
      String reason = target.skipReason(replayed);
      if (reason == null) {
        try {
          target.apply(replayed);
          count[0]++;
          applied = true;
          trace(target, replayed, started, Outcome.OK, null);
          continue;
        } catch (Exception e) {
          count[2]++;
          reason = "failed: " + firstLine(e);
          trace(target, replayed, started, Outcome.FAILED, reason);
        }
      } else {
        count[1]++;
        trace(target, replayed, started, Outcome.SKIPPED, reason);
      }
      skip(target.name(), reason, replayed);
    }
    if (!taken) skip(ReplayJob.NO_TARGET, "no target reads events of the " + replayed.context() + " context", replayed);
    if (applied) this.replayed++;
  }

  /** No target can take an event that was not decoded: each one that would have read it skips it, with the reason. */
  private void skipUndecodable(StoredEvent replayed) {
    String reason = "undecodable stored event: " + replayed.undecodableReason();
    boolean taken = false;
    for (int i = 0; i < targets.size(); i++) {
      ReplayTarget target = targets.get(i);
      if (target.ignores(replayed)) continue;
      taken = true;
      counts[i][1]++;
      trace(target, replayed, System.nanoTime(), Outcome.SKIPPED, reason);
      skip(target.name(), reason, replayed);
    }
    if (!taken) skip(ReplayJob.NO_TARGET, reason, replayed);
  }

  private void trace(ReplayTarget target, StoredEvent replayed, long started, Outcome outcome, String detail) {
    if (tracer != null && target.node() != null) tracer.record(NODE, target.node(), replayed.envelope(), started, outcome, detail);
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
    for (int i = 0; i < targets.size(); i++) {
      long[] c = counts[i];
      result.put(targets.get(i).name(), new ReplayReport.TargetCounts(c[0], c[1], c[2]));
    }
    return result;
  }
}

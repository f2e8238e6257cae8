package dev.eventscope.runtime.replay;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a replay did, as the {@code replay} JSON report gives it. The keys {@code selected},
 * {@code replayed}, {@code skipped}, {@code targets}, {@code durationMs}, {@code eventsPerSecond}
 * and {@code rebuiltEqualsOriginal} are stable; others may be added.
 *
 * @param state {@code completed}, {@code cancelled} or {@code dry-run}
 * @param selected events the selection took (this run)
 * @param replayed selected events that at least one target applied
 * @param skipped why targets did not apply events, grouped by target and reason
 * @param targets per target: applied, skipped, failed
 * @param rebuiltEqualsOriginal for projection rebuilds: whether every rebuilt read model equals the
 *     live one it replaces; null when no read model was rebuilt from all its events
 * @param mismatches the first differences behind a false {@code rebuiltEqualsOriginal}
 * @param resumedAfter the checkpoint position this run resumed after (0 = from the selection's start)
 * @param byType dry run: selected events per type
 * @param listed dry run: the first selected events
 */
public record ReplayReport(String id, String state, long selected, long replayed, List<Skip> skipped,
    Map<String, TargetCounts> targets, long durationMs, double eventsPerSecond, Boolean rebuiltEqualsOriginal,
    List<String> mismatches, long resumedAfter, String speed, Map<String, Long> byType, List<Listed> listed) {

  /** {@code count} events {@code target} did not apply, for {@code reason}; the first at {@code firstPosition}. */
  public record Skip(String target, String reason, long count, long firstPosition) {}

  public record TargetCounts(long applied, long skipped, long failed) {}

  /** One event a dry run would replay. */
  public record Listed(long position, String type, String aggregateId, long version, String context, Instant occurredAt) {}

  public boolean completed() {
    return "completed".equals(state);
  }

  public ReplayReport withRebuild(Boolean equal, List<String> differences) {
    return new ReplayReport(id, state, selected, replayed, skipped, targets, durationMs, eventsPerSecond, equal,
        List.copyOf(differences), resumedAfter, speed, byType, listed);
  }
}

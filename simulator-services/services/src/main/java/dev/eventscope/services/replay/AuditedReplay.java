package dev.eventscope.services.replay;

import dev.eventscope.runtime.replay.ReplaySelection;
import java.util.List;

/**
 * What the audit log says about one replay before it runs: where it was started from, the store it
 * reads, the selection, the targets, the speed and whether it is a dry run.
 *
 * @param origin {@value ReplayAudit#CLI}, {@value ReplayAudit#CONSOLE} or {@value ReplayAudit#API}
 * @param store the store as shown to people (credentials masked)
 * @param source the store the events are read from when it is not {@code store} (read-only source mode); null otherwise
 */
public record AuditedReplay(String origin, String store, String source, ReplaySelection selection, List<String> targets,
    String speed, boolean dryRun) {

  public AuditedReplay {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }
}

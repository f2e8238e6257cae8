package dev.eventscope.console.trace;

import java.util.List;
import java.util.UUID;

/** One flow's causation tree; usually one root (the command that started it). */
public record TraceTree(UUID correlationId, List<TraceNode> roots, long startedAtMicros, long endedAtMicros, int messages, int hops) {
  public boolean isEmpty() {
    return roots.isEmpty();
  }

  public long spanMicros() {
    return endedAtMicros - startedAtMicros;
  }
}

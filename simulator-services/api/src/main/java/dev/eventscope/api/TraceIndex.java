package dev.eventscope.api;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.HopListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The recent flows by correlation id, for {@code GET /api/traces/{id}}: bounded in flows (least
 * recently touched dropped first) and in hops per flow, so a long run cannot grow it without end.
 */
final class TraceIndex implements HopListener {
  private final int maxFlows;
  private final int maxHopsPerFlow;
  private final Map<UUID, List<Hop>> flows;

  TraceIndex(int maxFlows, int maxHopsPerFlow) {
    this.maxFlows = maxFlows;
    this.maxHopsPerFlow = maxHopsPerFlow;
    this.flows = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<UUID, List<Hop>> eldest) {
        return size() > TraceIndex.this.maxFlows;
      }
    };
  }

  @Override
  public synchronized void onHops(List<Hop> hops) {
    for (Hop hop : hops) {
      if (hop.correlationId() == null) continue;
      List<Hop> flow = flows.computeIfAbsent(hop.correlationId(), id -> new ArrayList<>());
      if (flow.size() < maxHopsPerFlow) flow.add(hop);
    }
  }

  /** The flow's hops in arrival order; empty when unknown or already evicted. */
  synchronized List<Hop> flow(UUID correlationId) {
    List<Hop> flow = flows.get(correlationId);
    return flow == null ? List.of() : List.copyOf(flow);
  }

  synchronized int size() {
    return flows.size();
  }
}

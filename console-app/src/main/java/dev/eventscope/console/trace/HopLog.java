package dev.eventscope.console.trace;

import dev.eventscope.console.graph.Outcomes;
import dev.eventscope.runtime.trace.Hop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The hops of the most recent flows, by correlation id: what the trace screen builds trees from.
 * Bounded twice (flows, and hops per flow) because a console left running under load must not
 * grow without limit; the oldest flow is forgotten first. Owned by the tick thread.
 */
public final class HopLog {
  static final int MAX_FLOWS = 1_000;
  static final int MAX_HOPS_PER_FLOW = 5_000;

  private final Map<UUID, Flow> flows = new LinkedHashMap<>(256, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<UUID, Flow> eldest) {
      return size() > MAX_FLOWS;
    }
  };
  private long changes;

  public void accept(List<Hop> hops) {
    for (Hop hop : hops) {
      if (hop.correlationId() == null) continue;
      Flow flow = flows.computeIfAbsent(hop.correlationId(), Flow::new);
      if (flow.add(hop)) changes++;
    }
  }

  /** Grows whenever a hop was kept: a cheap "did anything change" for the screen. */
  public long changes() {
    return changes;
  }

  public List<Hop> hops(UUID correlationId) {
    Flow flow = flows.get(correlationId);
    return flow == null ? List.of() : List.copyOf(flow.hops);
  }

  public int hopCount(UUID correlationId) {
    Flow flow = flows.get(correlationId);
    return flow == null ? 0 : flow.hops.size();
  }

  /** The newest flows first (by when they started). */
  public List<FlowSummary> recent(int limit) {
    List<FlowSummary> newest = new ArrayList<>(Math.min(limit, flows.size()));
    List<Flow> all = new ArrayList<>(flows.values());
    for (int i = all.size() - 1; i >= 0 && newest.size() < limit; i--) newest.add(all.get(i).summary());
    return newest;
  }

  /**
   * The newest flow whose id contains {@code fragment}: people type the 8 characters the screen
   * shows (the end of the id) or paste part of one from a log.
   */
  public Optional<UUID> findByFragment(String fragment) {
    String wanted = fragment.trim().toLowerCase(Locale.ROOT);
    if (wanted.length() < 4) return Optional.empty();
    List<UUID> ids = new ArrayList<>(flows.keySet());
    for (int i = ids.size() - 1; i >= 0; i--) {
      if (ids.get(i).toString().contains(wanted)) return Optional.of(ids.get(i));
    }
    return Optional.empty();
  }

  private static final class Flow {
    final UUID correlationId;
    final List<Hop> hops = new ArrayList<>();
    String rootType;
    boolean rootSeen;
    long errors;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;

    Flow(UUID correlationId) {
      this.correlationId = correlationId;
    }

    boolean add(Hop hop) {
      if (hops.size() >= MAX_HOPS_PER_FLOW) return false;
      hops.add(hop);
      if (Outcomes.isError(hop.outcome())) errors++;
      first = Math.min(first, hop.startedAtMicros());
      last = Math.max(last, hop.startedAtMicros() + hop.durationMicros());
      // The message that started the flow carries the correlation id as its own id; until its hop
      // arrives (hops come in any order), the first type seen stands in.
      if (hop.messageId().equals(correlationId)) {
        rootType = hop.messageType();
        rootSeen = true;
      } else if (!rootSeen && rootType == null) {
        rootType = hop.messageType();
      }
      return true;
    }

    FlowSummary summary() {
      return new FlowSummary(correlationId, rootType, hops.size(), errors, first, last);
    }
  }
}

package dev.eventscope.console.trace;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a flow's causation tree from its hops, which arrive in any order and from many threads:
 * hops are grouped by message id, and each message hangs under the message its causation id names.
 * A message whose cause is not among the hops becomes a root, so nothing seen is ever hidden.
 */
public final class TraceTreeModel {
  private static final Comparator<TraceNode> NODE_ORDER = Comparator
      .comparingLong(TraceNode::startedAtMicros)
      .thenComparing(TraceNode::messageType);

  private TraceTreeModel() {}

  public static TraceTree build(UUID correlationId, Collection<Hop> hops) {
    Map<UUID, List<Hop>> byMessage = new LinkedHashMap<>();
    for (Hop hop : hops) {
      if (correlationId.equals(hop.correlationId())) byMessage.computeIfAbsent(hop.messageId(), id -> new ArrayList<>()).add(hop);
    }
    Map<UUID, List<UUID>> childrenOf = new LinkedHashMap<>();
    List<UUID> roots = new ArrayList<>();
    for (Map.Entry<UUID, List<Hop>> message : byMessage.entrySet()) {
      UUID cause = causeOf(message.getValue());
      if (cause != null && byMessage.containsKey(cause) && !cause.equals(message.getKey())) {
        childrenOf.computeIfAbsent(cause, id -> new ArrayList<>()).add(message.getKey());
      } else {
        roots.add(message.getKey());
      }
    }
    Set<UUID> placed = new HashSet<>();
    List<TraceNode> rootNodes = new ArrayList<>();
    for (UUID root : roots) rootNodes.add(node(root, byMessage, childrenOf, placed));
    // Messages that only cause each other (a cycle: corrupt ids) are unreachable from any root.
    for (UUID message : byMessage.keySet()) {
      if (!placed.contains(message)) rootNodes.add(node(message, byMessage, childrenOf, placed));
    }
    rootNodes.sort(NODE_ORDER);
    long start = rootNodes.stream().mapToLong(TraceNode::startedAtMicros).min().orElse(0);
    long end = byMessage.values().stream().flatMap(List::stream)
        .mapToLong(hop -> hop.startedAtMicros() + hop.durationMicros()).max().orElse(start);
    int hopCount = byMessage.values().stream().mapToInt(List::size).sum();
    return new TraceTree(correlationId, List.copyOf(rootNodes), start, end, byMessage.size(), hopCount);
  }

  private static TraceNode node(UUID id, Map<UUID, List<Hop>> byMessage, Map<UUID, List<UUID>> childrenOf, Set<UUID> placed) {
    placed.add(id);
    List<Hop> hops = pathOrder(byMessage.get(id));
    List<TraceNode> children = new ArrayList<>();
    for (UUID child : childrenOf.getOrDefault(id, List.of())) {
      if (!placed.contains(child)) children.add(node(child, byMessage, childrenOf, placed));
    }
    children.sort(NODE_ORDER);
    Hop first = hops.get(0);
    Hop worst = hops.stream().max(Comparator.comparingInt(hop -> severity(hop.outcome()))).orElse(first);
    long start = hops.stream().mapToLong(Hop::startedAtMicros).min().orElse(0);
    long end = hops.stream().mapToLong(hop -> hop.startedAtMicros() + hop.durationMicros()).max().orElse(start);
    UUID cause = causeOf(hops);
    boolean causeMissing = cause != null && !byMessage.containsKey(cause);
    return new TraceNode(id, first.messageType(), cause, List.copyOf(hops), List.copyOf(children), start, end,
        worst.outcome(), worst.detail(), causeMissing);
  }

  /**
   * A message's hops in the order it travelled: by how far along its path each hop starts
   * (sender → mediator before mediator → handler), then by time. Time alone is not enough: the
   * hops of one step are timed on different clocks readings and can tie or cross by a microsecond.
   */
  static List<Hop> pathOrder(List<Hop> hops) {
    Set<String> reached = new HashSet<>();
    hops.forEach(hop -> reached.add(hop.to()));
    Map<String, Integer> depth = new HashMap<>();
    hops.forEach(hop -> {
      if (!reached.contains(hop.from())) depth.put(hop.from(), 0);
    });
    // Relax along the hops until nothing moves; a node only reached through a cycle stays unknown.
    for (int round = 0; round < hops.size(); round++) {
      boolean moved = false;
      for (Hop hop : hops) {
        Integer from = depth.get(hop.from());
        if (from != null && from + 1 < depth.getOrDefault(hop.to(), Integer.MAX_VALUE)) {
          depth.put(hop.to(), from + 1);
          moved = true;
        }
      }
      if (!moved) break;
    }
    List<Hop> ordered = new ArrayList<>(hops);
    ordered.sort(Comparator
        .comparingInt((Hop hop) -> depth.getOrDefault(hop.from(), Integer.MAX_VALUE))
        .thenComparingLong(Hop::startedAtMicros)
        .thenComparing(Hop::to));
    return ordered;
  }

  private static UUID causeOf(List<Hop> hops) {
    for (Hop hop : hops) {
      if (hop.causationId() != null) return hop.causationId();
    }
    return null;
  }

  /** Which outcome speaks for a message: the worst of its hops. */
  static int severity(Outcome outcome) {
    return switch (outcome) {
      case OK -> 0;
      case SKIPPED, DUPLICATE -> 1;
      case RETRIED -> 2;
      case FAULT -> 3;
      case REJECTED -> 4;
      case PARKED -> 5;
      case FAILED -> 6;
    };
  }
}

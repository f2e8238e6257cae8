package dev.eventscope.console.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed positions instead of a force-directed layout, so the same system always draws the same
 * picture and a trainer can point at "the handlers". Columns follow a command's path: senders,
 * mediator, handlers, aggregates, then store → outbox → bus stacked in one column (three single
 * nodes in a row would eat the width the fan-outs need for their labels), then subscribers.
 * Handlers are grouped by the aggregate they load and each aggregate sits level with its handlers,
 * which keeps handler → aggregate edges short and uncrossed.
 *
 * <p>Units are pixels at the reference view size (about 700 × 560 of graph area, the default
 * window); y grows downwards. The viewer scales the whole picture to the real view.
 */
public final class FlowLayout {
  /** x of each layout column: senders, mediator, handlers, aggregates, store/outbox/bus, subscribers. */
  static final double[] COLUMN_X = {0, 120, 275, 430, 585, 740};
  static final double HEIGHT = 560;
  static final double MIN_ROW_GAP = 42;
  static final double MAX_ROW_GAP = 115;
  /** Vertical distance between store, outbox and bus. */
  static final double PIPELINE_GAP = 92;

  private FlowLayout() {}

  /** A node's place and the side its name is written on. */
  public record Placement(double x, double y, LabelSide side) {}

  public static Map<String, Placement> place(Collection<String> nodes, Collection<EdgeStats> edges) {
    Map<Integer, List<String>> columns = new HashMap<>();
    Map<NodeRole, List<String>> byRole = new EnumMap<>(NodeRole.class);
    for (String node : nodes) {
      columns.computeIfAbsent(column(NodeRole.of(node)), c -> new ArrayList<>()).add(node);
      byRole.computeIfAbsent(NodeRole.of(node), r -> new ArrayList<>()).add(node);
    }
    byRole.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    Map<String, String> aggregateOf = aggregatesOfHandlers(edges);
    List<String> aggregates = byRole.getOrDefault(NodeRole.AGGREGATE, List.of());

    int tallest = 1;
    for (Map.Entry<Integer, List<String>> column : columns.entrySet()) {
      if (column.getKey() != column(NodeRole.STORE)) tallest = Math.max(tallest, column.getValue().size());
    }
    double rowGap = tallest <= 1 ? MAX_ROW_GAP : Math.max(MIN_ROW_GAP, Math.min(MAX_ROW_GAP, HEIGHT / (tallest - 1)));
    double middle = Math.max((tallest - 1) * rowGap, 2 * PIPELINE_GAP) / 2;

    Map<String, Placement> placed = new HashMap<>();
    spread(sagasLast(byRole.getOrDefault(NodeRole.SOURCE, List.of())), NodeRole.SOURCE, middle, rowGap, LabelSide.UNDER, placed);
    spread(byRole.getOrDefault(NodeRole.MEDIATOR, List.of()), NodeRole.MEDIATOR, middle, rowGap, LabelSide.UNDER, placed);
    spread(byAggregate(byRole.getOrDefault(NodeRole.HANDLER, List.of()), aggregates, aggregateOf), NodeRole.HANDLER, middle, rowGap,
        LabelSide.UNDER, placed);
    placeAggregates(aggregates, aggregateOf, middle, rowGap, placed);
    placePipeline(byRole, middle, placed);
    placeFaults(byRole, middle, placed);
    List<String> consumers = new ArrayList<>(byRole.getOrDefault(NodeRole.INBOX, List.of()));
    consumers.addAll(byRole.getOrDefault(NodeRole.SUBSCRIBER, List.of()));
    spread(consumers, NodeRole.SUBSCRIBER, middle, rowGap, LabelSide.UNDER, placed);
    return placed;
  }

  static int column(NodeRole role) {
    return switch (role) {
      case SOURCE -> 0;
      case MEDIATOR -> 1;
      case HANDLER -> 2;
      case AGGREGATE -> 3;
      case STORE, OUTBOX, BUS -> 4;
      case INBOX, SUBSCRIBER -> 5;
      case FAULT -> 4;
    };
  }

  private static double x(NodeRole role) {
    return COLUMN_X[column(role)];
  }

  /** Evenly, centred on the middle, {@code rowGap} apart. */
  private static void spread(List<String> column, NodeRole role, double middle, double rowGap, LabelSide side, Map<String, Placement> placed) {
    double top = middle - rowGap * (column.size() - 1) / 2;
    for (int i = 0; i < column.size(); i++) placed.put(column.get(i), new Placement(x(role), top + i * rowGap, side));
  }

  /**
   * Store above, outbox in the middle, bus(es) below: a vertical pipeline. Names go where no
   * edge runs: above the store (its edges come in from the left and leave downwards), right of
   * the outbox (aggregate → store edges pass on its left), under the bus (its edges leave to the
   * right and rise or fall away from the name).
   */
  private static void placePipeline(Map<NodeRole, List<String>> byRole, double middle, Map<String, Placement> placed) {
    double x = x(NodeRole.STORE);
    byRole.getOrDefault(NodeRole.STORE, List.of()).forEach(store -> placed.put(store, new Placement(x, middle - PIPELINE_GAP, LabelSide.ABOVE)));
    byRole.getOrDefault(NodeRole.OUTBOX, List.of()).forEach(outbox -> placed.put(outbox, new Placement(x, middle, LabelSide.RIGHT)));
    List<String> buses = byRole.getOrDefault(NodeRole.BUS, List.of());
    for (int i = 0; i < buses.size(); i++) {
      placed.put(buses.get(i), new Placement(x, middle + PIPELINE_GAP * (i + 1), LabelSide.UNDER));
    }
  }

  /**
   * Injected faults below the bus, half-way to the subscribers most of them strike, one under the
   * other, named on their left (under the bus, where no edge runs).
   */
  private static void placeFaults(Map<NodeRole, List<String>> byRole, double middle, Map<String, Placement> placed) {
    double x = (COLUMN_X[column(NodeRole.BUS)] + COLUMN_X[column(NodeRole.SUBSCRIBER)]) / 2;
    double top = middle + PIPELINE_GAP * (byRole.getOrDefault(NodeRole.BUS, List.of()).size() + 1);
    List<String> faults = byRole.getOrDefault(NodeRole.FAULT, List.of());
    for (int i = 0; i < faults.size(); i++) placed.put(faults.get(i), new Placement(x, top + i * MIN_ROW_GAP, LabelSide.LEFT));
  }

  /** Each aggregate level with the middle of its handlers, nudged apart so none overlap. */
  private static void placeAggregates(
      List<String> aggregates, Map<String, String> aggregateOf, double middle, double rowGap, Map<String, Placement> placed) {
    Map<String, Placement> even = new HashMap<>();
    spread(aggregates, NodeRole.AGGREGATE, middle, rowGap, LabelSide.UNDER, even);
    double previous = Double.NEGATIVE_INFINITY;
    for (String aggregate : aggregates) {
      double y = aggregateOf.entrySet().stream()
          .filter(entry -> entry.getValue().equals(aggregate) && placed.containsKey(entry.getKey()))
          .mapToDouble(entry -> placed.get(entry.getKey()).y())
          .average()
          .orElse(even.get(aggregate).y());
      y = Math.max(y, previous + Math.max(rowGap, MIN_ROW_GAP));
      placed.put(aggregate, new Placement(x(NodeRole.AGGREGATE), y, LabelSide.UNDER));
      previous = y;
    }
  }

  private static Map<String, String> aggregatesOfHandlers(Collection<EdgeStats> edges) {
    Map<String, String> aggregateOf = new HashMap<>();
    for (EdgeStats edge : edges) {
      if (NodeRole.of(edge.from) == NodeRole.HANDLER && NodeRole.of(edge.to) == NodeRole.AGGREGATE) {
        aggregateOf.merge(edge.from, edge.to, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    return aggregateOf;
  }

  private static List<String> byAggregate(List<String> handlers, List<String> aggregates, Map<String, String> aggregateOf) {
    List<String> ordered = new ArrayList<>(handlers);
    ordered.sort(Comparator
        .comparingInt((String handler) -> rank(aggregates, aggregateOf.get(handler)))
        .thenComparing(Comparator.naturalOrder()));
    return ordered;
  }

  private static int rank(List<String> aggregates, String aggregate) {
    int index = aggregate == null ? -1 : aggregates.indexOf(aggregate);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  /** People and tools that send first; sagas (which react to events) at the bottom. */
  private static List<String> sagasLast(List<String> sources) {
    List<String> ordered = new ArrayList<>(sources);
    ordered.sort(Comparator.comparing((String source) -> source.startsWith("saga:")).thenComparing(Comparator.naturalOrder()));
    return ordered;
  }
}

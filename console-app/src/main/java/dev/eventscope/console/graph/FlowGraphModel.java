package dev.eventscope.console.graph;

import dev.eventscope.console.ui.Formats;
import dev.eventscope.runtime.trace.Hop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flow graph as data: hop batches go in ({@link #accept}), one {@link GraphFrame} per UI tick
 * comes out ({@link #tick}). Nodes are every name seen in a hop; edges are (from, to) pairs with a
 * count, a rate, an activity level that pulses on traffic and fades when idle, and an error mark.
 * Not thread-safe by design: the tick thread alone owns it.
 */
public final class FlowGraphModel {
  /** Time constant of an edge's fade after traffic stops. */
  static final double FADE_MILLIS = 1_000;
  /** Roughly the window the shown rate averages over. */
  static final double RATE_WINDOW_MILLIS = 2_000;
  /** How long an edge stays in the error colour after its last failed, rejected or parked hop. */
  static final long ERROR_HOLD_MILLIS = 15_000;
  /** How long an edge stays drawn as replay traffic after its last replayed message. */
  static final long REPLAY_HOLD_MILLIS = 10_000;

  private final Map<String, NodeStats> nodes = new LinkedHashMap<>();
  private final Map<String, EdgeStats> edges = new LinkedHashMap<>();
  private Map<String, FlowLayout.Placement> positions = Map.of();
  private Map<String, String> nodeLabels = Map.of();
  private boolean layoutDirty;
  private int layoutVersion;
  private long lastTickMillis = -1;
  /** Set from the UI thread, read by the tick: larger text needs shorter labels placed with more room. */
  private volatile boolean presentation;

  public void accept(List<Hop> hops) {
    for (Hop hop : hops) {
      boolean error = Outcomes.isError(hop.outcome());
      NodeStats from = node(hop.from());
      NodeStats to = node(hop.to());
      from.send(hop);
      to.receive(hop, error);
      String id = EdgeStats.idOf(hop.from(), hop.to());
      EdgeStats edge = edges.get(id);
      if (edge == null) {
        edge = new EdgeStats(hop.from(), hop.to());
        edges.put(id, edge);
        layoutDirty = true;
      }
      edge.record(hop, error);
    }
  }

  private NodeStats node(String name) {
    NodeStats node = nodes.get(name);
    if (node == null) {
      node = new NodeStats(name);
      nodes.put(name, node);
      layoutDirty = true;
    }
    return node;
  }

  /** Advances rates and fades to {@code nowMillis} and answers the graph as it should now look. */
  public GraphFrame tick(long nowMillis) {
    long elapsed = lastTickMillis < 0 ? 100 : Math.max(1, nowMillis - lastTickMillis);
    lastTickMillis = nowMillis;
    for (EdgeStats edge : edges.values()) edge.advance(nowMillis, elapsed);
    if (layoutDirty) {
      positions = FlowLayout.place(nodes.keySet(), edges.values());
      Map<String, String> labels = new HashMap<>();
      nodes.values().forEach(node -> labels.put(node.id, node.label));
      nodeLabels = labels;
      layoutVersion++;
      layoutDirty = false;
    }
    List<GraphFrame.NodeFrame> nodeFrames = new ArrayList<>(nodes.size());
    for (NodeStats node : nodes.values()) {
      FlowLayout.Placement place = positions.get(node.id);
      nodeFrames.add(new GraphFrame.NodeFrame(node.id, node.label, node.role, place.x(), place.y(), place.side(), node.receivedCount, node.errors));
    }
    List<LabelPlacer.EdgeLabel> labels = new ArrayList<>(edges.size());
    boolean large = presentation;
    for (EdgeStats edge : edges.values()) {
      labels.add(new LabelPlacer.EdgeLabel(edge.id, edge.from, edge.to, large ? edge.shortLabel() : edge.label()));
    }
    Map<String, Double> labelPositions = LabelPlacer.place(positions, nodeLabels, labels, large ? FlowGraphView.PRESENTATION_SCALE : 1);
    List<GraphFrame.EdgeFrame> edgeFrames = new ArrayList<>(edges.size());
    for (int i = 0; i < labels.size(); i++) {
      EdgeStats edge = edges.get(labels.get(i).id());
      edgeFrames.add(new GraphFrame.EdgeFrame(edge.id, edge.from, edge.to, labels.get(i).text(), labelPositions.getOrDefault(edge.id, 0.5),
          edge.count, edge.rate, edge.errors, (float) edge.activity, edge.errorShowing(nowMillis),
          edge.replayShowing(nowMillis)));
    }
    return new GraphFrame(List.copyOf(nodeFrames), List.copyOf(edgeFrames), layoutVersion);
  }

  /** Any thread: edge labels for presentation mode (counts only, placed for the larger type) or the usual ones. */
  public void usePresentationLabels(boolean on) {
    presentation = on;
  }

  public int nodeCount() {
    return nodes.size();
  }

  public int edgeCount() {
    return edges.size();
  }

  /** The figures and recent messages of a clicked node or edge, if it still exists. */
  public Optional<SelectionDetails> details(FlowSelection selection) {
    if (selection.kind() == FlowSelection.Kind.EDGE) {
      EdgeStats edge = edges.get(selection.id());
      if (edge == null) return Optional.empty();
      return Optional.of(new SelectionDetails(selection, NodeRole.label(edge.from) + " → " + NodeRole.label(edge.to), "edge",
          List.of("messages: " + edge.count, "rate: " + Formats.rate(edge.rate),
              "failed, rejected or parked: " + edge.errors),
          edge.recent.newestFirst()));
    }
    NodeStats node = nodes.get(selection.id());
    if (node == null) return Optional.empty();
    // A sender has nothing coming in: show what it sent instead.
    boolean showSent = node.receivedCount == 0;
    return Optional.of(new SelectionDetails(selection, node.id, node.role.group(),
        List.of("received: " + node.receivedCount, "sent on: " + node.sentCount, "failed, rejected or parked: " + node.errors),
        showSent ? node.sent.newestFirst() : node.received.newestFirst()));
  }
}

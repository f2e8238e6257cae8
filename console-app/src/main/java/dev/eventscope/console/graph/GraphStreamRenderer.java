package dev.eventscope.console.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.ui.spriteManager.Sprite;
import org.graphstream.ui.spriteManager.SpriteManager;

/**
 * Applies {@link GraphFrame}s to a GraphStream graph. Runs on the tick thread, the graph's only
 * producer (the viewer copies changes to the UI thread itself: GRAPH_IN_ANOTHER_THREAD). It writes
 * an attribute only when its value changed, because every write is an event the viewer's pipe
 * must carry. Edge labels are sprites attached to their edge, so each can sit where
 * {@link LabelPlacer} found room rather than always in the middle. {@code ui.color} and
 * {@code ui.size} are Floats: GraphStream throws on every frame for a Double.
 */
public final class GraphStreamRenderer {
  private static final float MIN_EDGE_WIDTH = 1.5f;
  private static final float PULSE_EXTRA_WIDTH = 3.5f;

  private final Graph graph;
  private final SpriteManager sprites;
  private final Map<String, Applied> applied = new HashMap<>();
  private final Map<String, Sprite> labels = new HashMap<>();
  private int layoutVersion = -1;
  private volatile String pendingStylesheet;
  private volatile String appliedStylesheet;
  private volatile FlowSelection selection;
  private FlowSelection appliedSelection;
  private volatile GraphFrame shown = GraphFrame.empty();

  public GraphStreamRenderer(Graph graph) {
    this.graph = graph;
    this.sprites = new SpriteManager(graph);
    graph.setAttribute("ui.quality");
    graph.setAttribute("ui.antialias");
  }

  /** Any thread; takes effect at the next frame. */
  public void useStylesheet(String css) {
    pendingStylesheet = css;
  }

  /** The stylesheet last given to the graph; null before the first frame. */
  public String appliedStylesheet() {
    return appliedStylesheet;
  }

  /** Any thread; takes effect at the next frame. */
  public void select(FlowSelection selected) {
    selection = selected;
  }

  /** The frame last applied: what is on screen (for hit tests on the UI thread). */
  public GraphFrame shown() {
    return shown;
  }

  public void apply(GraphFrame frame) {
    String css = pendingStylesheet;
    if (css != null) {
      pendingStylesheet = null;
      // Removing first clears the old rules; setting alone would cascade over them.
      graph.removeAttribute("ui.stylesheet");
      graph.setAttribute("ui.stylesheet", css);
      appliedStylesheet = css;
    }
    FlowSelection selected = selection;
    boolean selectionChanged = !Objects.equals(selected, appliedSelection);
    appliedSelection = selected;
    boolean relayout = frame.layoutVersion() != layoutVersion;
    layoutVersion = frame.layoutVersion();
    for (GraphFrame.NodeFrame nodeFrame : frame.nodes()) applyNode(nodeFrame, relayout, selected, selectionChanged);
    for (GraphFrame.EdgeFrame edgeFrame : frame.edges()) applyEdge(edgeFrame, selected, selectionChanged);
    shown = frame;
  }

  private void applyNode(GraphFrame.NodeFrame frame, boolean relayout, FlowSelection selected, boolean selectionChanged) {
    Node node = graph.getNode(frame.id());
    if (node == null) {
      node = graph.addNode(frame.id());
      node.setAttribute("ui.label", frame.label());
    }
    // Layout units grow downwards; GraphStream's y grows upwards.
    if (relayout || node.getAttribute("xyz") == null) node.setAttribute("xyz", frame.x(), -frame.y(), 0.0);
    boolean isSelected = selected != null && selected.kind() == FlowSelection.Kind.NODE && selected.id().equals(frame.id());
    setClass(node, frame.role().styleClass() + ", " + frame.labelSide().styleClass() + (isSelected ? ", selected" : ""), selectionChanged);
  }

  private void applyEdge(GraphFrame.EdgeFrame frame, FlowSelection selected, boolean selectionChanged) {
    Edge edge = graph.getEdge(frame.id());
    if (edge == null) edge = graph.addEdge(frame.id(), frame.from(), frame.to(), true);
    Applied state = applied.computeIfAbsent(frame.id(), id -> new Applied());
    if (Math.abs(frame.activity() - state.activity) > 0.01f || (frame.activity() == 0f && state.activity != 0f)) {
      edge.setAttribute("ui.color", Float.valueOf(frame.activity()));
      edge.setAttribute("ui.size", Float.valueOf(MIN_EDGE_WIDTH + PULSE_EXTRA_WIDTH * frame.activity()));
      state.activity = frame.activity();
    }
    boolean isSelected = selected != null && selected.kind() == FlowSelection.Kind.EDGE && selected.id().equals(frame.id());
    String edgeState = frame.error() ? "error" : NodeRole.of(frame.from()) == NodeRole.FAULT ? "fault" : frame.replay() ? "replay" : "normal";
    setClass(edge, isSelected ? edgeState + ", selected" : edgeState, selectionChanged);
    applyLabel(frame, state, isSelected, selectionChanged);
  }

  private void applyLabel(GraphFrame.EdgeFrame frame, Applied state, boolean isSelected, boolean selectionChanged) {
    Sprite label = labels.get(frame.id());
    if (label == null) {
      label = sprites.addSprite("label" + labels.size());
      label.attachToEdge(frame.id());
      labels.put(frame.id(), label);
    }
    if (!frame.label().equals(state.label)) {
      label.setAttribute("ui.label", frame.label());
      state.label = frame.label();
    }
    if (frame.labelPosition() != state.labelPosition) {
      label.setPosition(frame.labelPosition());
      state.labelPosition = frame.labelPosition();
    }
    String styleClass = "edgeLabel" + (frame.error() ? ", labelError" : "") + (isSelected ? ", labelSelected" : "");
    if (selectionChanged || !styleClass.equals(state.labelClass)) {
      label.setAttribute("ui.class", styleClass);
      state.labelClass = styleClass;
    }
  }

  private void setClass(Element element, String styleClass, boolean force) {
    Applied state = applied.computeIfAbsent(element.getId(), id -> new Applied());
    if (force || !styleClass.equals(state.styleClass)) {
      element.setAttribute("ui.class", styleClass);
      state.styleClass = styleClass;
    }
  }

  /** What was last written to one element, to skip writing the same again. */
  private static final class Applied {
    String label;
    String styleClass;
    String labelClass;
    double labelPosition = -1;
    float activity = -1f;
  }
}

package dev.eventscope.console.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a click at a point hits, worked out from the frame on screen rather than by GraphStream
 * (whose edge hit test only looks at a few pixels around an edge's middle, and misses labels).
 * Nodes win over edge labels, edge labels over edge lines; a line is hit within a few pixels.
 * Coordinates are layout units (y down); {@code pxPerUnit} is the view's current scale.
 */
public final class FlowHitTest {
  static final double NODE_RADIUS_PX = 12;
  static final double EDGE_TOLERANCE_PX = 5;

  private FlowHitTest() {}

  public static Optional<FlowSelection> at(GraphFrame frame, double x, double y, double pxPerUnit) {
    double unitsPerPx = 1 / pxPerUnit;
    Map<String, GraphFrame.NodeFrame> nodes = new HashMap<>();
    for (GraphFrame.NodeFrame node : frame.nodes()) {
      nodes.put(node.id(), node);
      if (Math.hypot(node.x() - x, node.y() - y) <= NODE_RADIUS_PX * unitsPerPx) return Optional.of(FlowSelection.node(node.id()));
    }
    for (GraphFrame.EdgeFrame edge : frame.edges()) {
      GraphFrame.NodeFrame from = nodes.get(edge.from());
      GraphFrame.NodeFrame to = nodes.get(edge.to());
      if (from == null || to == null) continue;
      double t = edge.labelPosition();
      double width = (LabelPlacer.EDGE_CHAR_WIDTH * edge.label().length() + 8) * unitsPerPx;
      double height = LabelPlacer.EDGE_LABEL_HEIGHT * unitsPerPx;
      LabelPlacer.Box label = LabelPlacer.Box.centred(from.x() + t * (to.x() - from.x()), from.y() + t * (to.y() - from.y()), width, height);
      if (x >= label.left() && x <= label.right() && y >= label.top() && y <= label.bottom()) return Optional.of(selection(edge));
    }
    GraphFrame.EdgeFrame nearest = null;
    double nearestDistance = EDGE_TOLERANCE_PX * unitsPerPx;
    for (GraphFrame.EdgeFrame edge : frame.edges()) {
      GraphFrame.NodeFrame from = nodes.get(edge.from());
      GraphFrame.NodeFrame to = nodes.get(edge.to());
      if (from == null || to == null) continue;
      double distance = distanceToSegment(x, y, from.x(), from.y(), to.x(), to.y());
      if (distance <= nearestDistance) {
        nearest = edge;
        nearestDistance = distance;
      }
    }
    return Optional.ofNullable(nearest).map(FlowHitTest::selection);
  }

  private static FlowSelection selection(GraphFrame.EdgeFrame edge) {
    return FlowSelection.edge(edge.from(), edge.to());
  }

  static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }
}

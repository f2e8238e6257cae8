package dev.eventscope.console.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses where along each edge its label sits, so labels do not cover node names, nodes or each
 * other. Fan-outs (mediator → handlers) crowd their labels near the hub, so the middle of an edge
 * is often the worst place; each label tries a few spots along its edge and takes the first that
 * is clear (or the least covered). Sizes are estimated in layout units, which are pixels at the
 * reference view size: a bigger window only adds room.
 */
final class LabelPlacer {
  static final double[] CANDIDATES = {0.5, 0.62, 0.38, 0.72, 0.28, 0.8, 0.2};
  static final double NODE_RADIUS = 12;
  static final double NODE_CHAR_WIDTH = 6.6;
  static final double NODE_LABEL_HEIGHT = 16;
  static final double EDGE_CHAR_WIDTH = 6.1;
  static final double EDGE_LABEL_HEIGHT = 16;
  /** Labels grow as counts grow; reserving room for "1,240 · 85/s" keeps them from hopping about. */
  static final int RESERVED_EDGE_CHARS = 12;

  private LabelPlacer() {}

  record Box(double left, double top, double right, double bottom) {
    static Box centred(double x, double y, double width, double height) {
      return new Box(x - width / 2, y - height / 2, x + width / 2, y + height / 2);
    }

    double overlap(Box other) {
      double w = Math.min(right, other.right) - Math.max(left, other.left);
      double h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
      return w > 0 && h > 0 ? w * h : 0;
    }
  }

  /** An edge to label: its ends and its label text. */
  record EdgeLabel(String id, String from, String to, String text) {}

  /** Answers, per edge id, the fraction of the way from its source at which to put its label. */
  static Map<String, Double> place(Map<String, FlowLayout.Placement> nodes, Map<String, String> nodeLabels, List<EdgeLabel> edges) {
    return place(nodes, nodeLabels, edges, 1);
  }

  /** The same, for text and nodes drawn {@code scale} times their theme's size (presentation mode). */
  static Map<String, Double> place(Map<String, FlowLayout.Placement> nodes, Map<String, String> nodeLabels, List<EdgeLabel> edges,
      double scale) {
    List<Box> taken = new ArrayList<>();
    nodes.forEach((id, placement) -> {
      taken.add(Box.centred(placement.x(), placement.y(), 2 * NODE_RADIUS * scale, 2 * NODE_RADIUS * scale));
      taken.add(nameBox(placement, nodeLabels.getOrDefault(id, id), scale));
    });
    Map<String, Double> positions = new LinkedHashMap<>();
    for (EdgeLabel edge : edges) {
      FlowLayout.Placement from = nodes.get(edge.from());
      FlowLayout.Placement to = nodes.get(edge.to());
      if (from == null || to == null) continue;
      int reserved = scale > 1 ? edge.text().length() : Math.max(RESERVED_EDGE_CHARS, edge.text().length());
      double width = (EDGE_CHAR_WIDTH * reserved + 8) * scale;
      double best = CANDIDATES[0];
      double bestCover = Double.MAX_VALUE;
      Box bestBox = null;
      for (double t : CANDIDATES) {
        Box box = Box.centred(from.x() + t * (to.x() - from.x()), from.y() + t * (to.y() - from.y()), width, EDGE_LABEL_HEIGHT * scale);
        double cover = 0;
        for (Box other : taken) cover += box.overlap(other);
        if (cover < bestCover) {
          best = t;
          bestCover = cover;
          bestBox = box;
        }
        if (cover == 0) break;
      }
      positions.put(edge.id(), best);
      if (bestBox != null) taken.add(bestBox);
    }
    return positions;
  }

  /** Where a node's name is drawn, from its side (GraphStream's under/above/at-left/at-right). */
  static Box nameBox(FlowLayout.Placement node, String label) {
    return nameBox(node, label, 1);
  }

  private static Box nameBox(FlowLayout.Placement node, String label, double scale) {
    double width = (NODE_CHAR_WIDTH * label.length() + 6) * scale;
    double gap = (NODE_RADIUS + 2) * scale;
    double height = NODE_LABEL_HEIGHT * scale;
    return switch (node.side()) {
      case UNDER -> new Box(node.x() - width / 2, node.y() + gap, node.x() + width / 2, node.y() + gap + height);
      case ABOVE -> new Box(node.x() - width / 2, node.y() - gap - height, node.x() + width / 2, node.y() - gap);
      case LEFT -> new Box(node.x() - gap - width, node.y() - height / 2, node.x() - gap, node.y() + height / 2);
      case RIGHT -> new Box(node.x() + gap, node.y() - height / 2, node.x() + gap + width, node.y() + height / 2);
    };
  }
}

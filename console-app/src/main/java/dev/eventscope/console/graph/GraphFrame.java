package dev.eventscope.console.graph;

import java.util.List;

/**
 * What the flow graph looks like at one tick: every node with its place, every edge with its
 * label, activity and error mark. Immutable, so the tick thread can hand it to the renderer and
 * the view-model without sharing mutable state. {@code layoutVersion} changes when a node or edge
 * appeared, i.e. when positions may have moved.
 */
public record GraphFrame(List<NodeFrame> nodes, List<EdgeFrame> edges, int layoutVersion) {

  public static GraphFrame empty() {
    return new GraphFrame(List.of(), List.of(), 0);
  }

  /**
   * A node: its name, the label the graph writes beside it (on {@code labelSide}), its role and
   * its fixed position in layout units (y grows downwards).
   */
  public record NodeFrame(String id, String label, NodeRole role, double x, double y, LabelSide labelSide, long received, long errors) {}

  /**
   * An edge between two nodes. {@code activity} is 1 when traffic passed this tick and fades
   * towards 0 when idle; {@code error} is set while a failed, rejected or parked hop is recent;
   * {@code labelPosition} is how far along the edge (0 at the source, 1 at the target) its label sits;
   * {@code replay} is set while replayed messages (a rebuild, a re-publish) passed recently.
   */
  public record EdgeFrame(
      String id, String from, String to, String label, double labelPosition, long count, double ratePerSecond, long errors,
      float activity, boolean error, boolean replay) {}
}

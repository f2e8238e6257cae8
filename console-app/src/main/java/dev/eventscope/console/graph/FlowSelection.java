package dev.eventscope.console.graph;

/** What the user clicked in the graph: a node (by name) or an edge (by {@code from->to} id). */
public record FlowSelection(Kind kind, String id) {
  public enum Kind {
    NODE,
    EDGE
  }

  public static FlowSelection node(String name) {
    return new FlowSelection(Kind.NODE, name);
  }

  public static FlowSelection edge(String from, String to) {
    return new FlowSelection(Kind.EDGE, EdgeStats.idOf(from, to));
  }
}

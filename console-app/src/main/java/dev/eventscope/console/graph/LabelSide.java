package dev.eventscope.console.graph;

/** Where a node's name is written relative to the node, chosen to keep clear of its edges. */
public enum LabelSide {
  UNDER("labelUnder"),
  ABOVE("labelAbove"),
  LEFT("labelLeft"),
  RIGHT("labelRight");

  private final String styleClass;

  LabelSide(String styleClass) {
    this.styleClass = styleClass;
  }

  public String styleClass() {
    return styleClass;
  }
}

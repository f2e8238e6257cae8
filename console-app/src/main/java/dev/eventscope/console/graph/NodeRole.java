package dev.eventscope.console.graph;

/**
 * What part a node plays in a flow, read from its name. The role decides the node's column (the
 * order a command travels: source → mediator → handler → aggregate → store → outbox → bus →
 * subscriber; injected faults apart), its colour class and its group in the legend.
 */
public enum NodeRole {
  SOURCE(0, "source", "Senders"),
  MEDIATOR(1, "mediator", "Mediator"),
  HANDLER(2, "handler", "Handlers"),
  AGGREGATE(3, "aggregate", "Aggregates"),
  STORE(4, "infra", "Store · outbox · bus"),
  OUTBOX(5, "infra", "Store · outbox · bus"),
  BUS(6, "infra", "Store · outbox · bus"),
  /** A fleet process's inbox: other services' events from the bus into its own store. */
  INBOX(7, "infra", "Store · outbox · bus"),
  SUBSCRIBER(8, "subscriber", "Subscribers"),
  FAULT(9, "fault", "Injected faults");

  private final int column;
  private final String styleClass;
  private final String group;

  NodeRole(int column, String styleClass, String group) {
    this.column = column;
    this.styleClass = styleClass;
    this.group = group;
  }

  public int column() {
    return column;
  }

  /** The GraphStream {@code ui.class} (shared by store, outbox and bus: one infrastructure colour). */
  public String styleClass() {
    return styleClass;
  }

  public String group() {
    return group;
  }

  public static int columns() {
    return FAULT.column + 1;
  }

  /** Node names follow the tracer's convention ({@code handler:PlaceOrder}, {@code bus:kafka}…). */
  public static NodeRole of(String node) {
    if (node.equals("mediator")) return MEDIATOR;
    if (node.equals("store")) return STORE;
    if (node.equals("outbox")) return OUTBOX;
    if (node.startsWith("handler:") || node.startsWith("query:")) return HANDLER;
    if (node.startsWith("aggregate:")) return AGGREGATE;
    if (node.startsWith("bus:")) return BUS;
    if (node.startsWith("inbox:")) return INBOX;
    if (node.startsWith("subscriber:")) return SUBSCRIBER;
    if (node.startsWith("fault:")) return FAULT;
    // simulator, console, client, saga:fulfilment, dead-letters: whatever sends messages in.
    return SOURCE;
  }

  /** The name as the graph shows it: without the role prefix the column already says. */
  public static String label(String node) {
    if (node.startsWith("saga:")) return node.substring(5) + " saga";
    if (node.startsWith("query:")) return node.substring(6) + " (query)";
    if (node.startsWith("inbox:")) return node.substring(6) + " inbox";
    int colon = node.indexOf(':');
    if (colon > 0 && !node.startsWith("bus:")) return node.substring(colon + 1);
    return node;
  }
}

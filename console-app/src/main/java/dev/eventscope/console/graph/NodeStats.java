package dev.eventscope.console.graph;

import dev.eventscope.runtime.trace.Hop;

/** Running figures of one node; owned by {@link FlowGraphModel} and touched only on the tick thread. */
final class NodeStats {
  final String id;
  final NodeRole role;
  final String label;
  final RecentHops received = new RecentHops();
  final RecentHops sent = new RecentHops();
  long receivedCount;
  long sentCount;
  long errors;

  NodeStats(String id) {
    this.id = id;
    this.role = NodeRole.of(id);
    this.label = NodeRole.label(id);
  }

  void receive(Hop hop, boolean error) {
    receivedCount++;
    if (error) errors++;
    received.add(hop);
  }

  void send(Hop hop) {
    sentCount++;
    sent.add(hop);
  }
}

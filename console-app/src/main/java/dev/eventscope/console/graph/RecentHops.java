package dev.eventscope.console.graph;

import dev.eventscope.runtime.trace.Hop;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The last few hops through a node or an edge, newest first: what the details pane lists. */
final class RecentHops {
  static final int CAPACITY = 50;

  private final ArrayDeque<Hop> hops = new ArrayDeque<>(CAPACITY);

  void add(Hop hop) {
    if (hops.size() == CAPACITY) hops.removeLast();
    hops.addFirst(hop);
  }

  List<Hop> newestFirst() {
    return new ArrayList<>(hops);
  }
}

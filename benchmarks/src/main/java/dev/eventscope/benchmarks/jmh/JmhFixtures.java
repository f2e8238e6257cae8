package dev.eventscope.benchmarks.jmh;

import dev.eventscope.benchmarks.OrderRules;
import dev.eventscope.contracts.orders.OrderLine;
import java.util.List;

final class JmhFixtures {
  /** The order-flow workload's lines, so micro and end-to-end figures describe the same events. */
  static final List<OrderLine> LINES = OrderRules.LINES;

  private JmhFixtures() {}
}

package dev.eventscope.console.app;

import dev.eventscope.console.commands.OrderPlacer;
import dev.eventscope.runtime.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scenarios the console can run by itself until the Scenarios screen reads {@code scenarios/}.
 * {@code happy-path}: restock, then 20 orders from seed 42 with no declines and no shortages, sent
 * as the {@code simulator} would.
 */
final class Scenarios {
  static final String HAPPY_PATH = "happy-path";
  private static final Logger LOG = LoggerFactory.getLogger(Scenarios.class);

  private Scenarios() {}

  /** Blocking; run it off the UI thread. */
  static void run(String name, Mediator mediator) {
    if (!HAPPY_PATH.equals(name)) throw new IllegalArgumentException("unknown scenario " + name);
    LOG.info("running scenario {}", name);
    new OrderPlacer(mediator, "simulator").place(20, 42, 0.0, 0.0);
  }
}

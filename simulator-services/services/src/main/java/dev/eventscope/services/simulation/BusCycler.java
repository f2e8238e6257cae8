package dev.eventscope.services.simulation;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.simulation.SimulationConfig.BusSwitching;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches a running system's bus to the next strategy of a list, on a fixed interval, while a
 * run goes on. A switch that fails (a broker not there) stops the cycling and is remembered, so
 * the run can report it; the system stays on the bus it had.
 */
final class BusCycler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BusCycler.class);

  private final EventSystem system;
  private final BusSwitching plan;
  private final BusSettings settings;
  private final AtomicReference<String> failure = new AtomicReference<>();
  private final Thread thread;
  private volatile boolean running = true;

  BusCycler(EventSystem system, BusSwitching plan, BusSettings settings) {
    this.system = system;
    this.plan = plan;
    this.settings = settings;
    this.thread = new Thread(this::cycle, "bus-cycler");
    this.thread.setDaemon(true);
  }

  BusCycler start() {
    if (plan.active()) thread.start();
    return this;
  }

  /** Why cycling stopped early, if it did. */
  String failure() {
    return failure.get();
  }

  private void cycle() {
    int next = plan.buses().indexOf(system.bus().strategy()) + 1;
    while (running) {
      try {
        Thread.sleep(plan.every().toMillis());
      } catch (InterruptedException e) {
        return;
      }
      if (!running) return;
      String strategy = plan.buses().get(Math.floorMod(next++, plan.buses().size()));
      try {
        system.switchBus(OrderFulfilmentSystem.bus(strategy, settings));
      } catch (RuntimeException e) {
        failure.set("switching to " + strategy + " failed: " + e.getMessage());
        LOG.warn("bus cycling stopped: {}", failure.get());
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

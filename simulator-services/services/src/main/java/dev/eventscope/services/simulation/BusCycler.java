package dev.eventscope.services.simulation;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.simulation.SimulationConfig.BusSwitching;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches a running system's bus to the next strategy of a list, on a fixed interval, while a
 * run goes on. A switch that fails (a broker not there, or restarting) is skipped: the system stays
 * on the bus it had and the cycle goes on to the next strategy. A strategy that failed and was
 * never reached afterwards is remembered, so the run can report it.
 */
final class BusCycler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BusCycler.class);

  private final EventSystem system;
  private final BusSwitching plan;
  private final BusSettings settings;
  /** Per strategy, why its last switch failed; removed when a later switch to it goes through. */
  private final Map<String, String> unreached = new ConcurrentHashMap<>();
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

  /** Which strategies the run could not switch to (last reason each), or null when every switch went through in the end. */
  String failure() {
    if (unreached.isEmpty()) return null;
    return unreached.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(failed -> "switching to " + failed.getKey() + " failed: " + failed.getValue()).collect(Collectors.joining("; "));
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
        unreached.remove(strategy);
      } catch (RuntimeException e) {
        unreached.put(strategy, e.getMessage());
        LOG.warn("skipped the switch to {} (staying on {}): {}", strategy, system.bus().strategy(), e.getMessage());
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

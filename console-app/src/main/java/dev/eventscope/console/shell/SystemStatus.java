package dev.eventscope.console.shell;

import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.system.EventSystem;

/**
 * Where the status bar's figures come from: a system in this process, or a served one the console is
 * attached to. {@link #sample} is called on the tick thread once a second, so it must be quick.
 */
public interface SystemStatus {
  Figures sample();

  /**
   * One sample. {@code store} is the store's one-line description (or where the console is attached);
   * a count the source does not know is negative.
   */
  record Figures(BusHealth bus, String store, long eventsStored, long commandsSent, long commandsFailed, long deadLettered,
      long commandsRejected, long hopsDropped) {}

  /** The figures of a system running in this process, and the hops the console did not draw (sampled out or dropped). */
  static SystemStatus of(EventSystem system, HopFeed hops) {
    String store = "store: " + system.backend().events().describe();
    return () -> {
      Metrics metrics = system.metrics();
      return new Figures(system.bus().health(), store, metrics.get(Metrics.EVENTS_STORED), metrics.get(Metrics.COMMANDS_SENT),
          metrics.get(Metrics.COMMANDS_FAILED), metrics.get(Metrics.DEAD_LETTERED), metrics.get(Metrics.COMMANDS_REJECTED),
          system.tracer().droppedCount() + system.tracer().sampledOutCount() + hops.droppedCount());
    };
  }
}

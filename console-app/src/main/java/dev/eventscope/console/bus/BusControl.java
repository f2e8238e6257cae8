package dev.eventscope.console.bus;

import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.system.BusSwitch;
import dev.eventscope.runtime.system.EventSystem;
import java.util.List;
import java.util.function.Function;

/**
 * What the Bus screen watches and switches: the system's bus in this process, or a served one
 * over the API. {@link #health} and {@link #switches} must be quick (the tick asks once a second).
 */
public interface BusControl {
  BusHealth health();

  /** Oldest first. */
  List<BusSwitch> switches();

  /**
   * Blocking: connects to {@code strategy}'s broker (throwing, with a message for the screen, when it
   * cannot), runs {@code connected}, then drains the old bus and resumes on the new one.
   */
  BusSwitch switchTo(String strategy, Runnable connected);

  /** The bus of a system in this process, switched to buses made by {@code buses}. */
  static BusControl of(EventSystem system, Function<String, EventBus> buses) {
    return new BusControl() {
      @Override
      public BusHealth health() {
        return system.bus().health();
      }

      @Override
      public List<BusSwitch> switches() {
        return system.busSwitches();
      }

      @Override
      public BusSwitch switchTo(String strategy, Runnable connected) {
        EventBus next = buses.apply(strategy);
        connected.run();
        return system.switchBus(next);
      }
    };
  }
}

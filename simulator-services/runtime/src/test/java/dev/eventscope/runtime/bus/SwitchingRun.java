package dev.eventscope.runtime.bus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.system.BusSwitch;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The headline check: a running system whose bus is switched round the given strategies under
 * steady command load, then asked whether every stored event reached every subscriber exactly
 * once and in each aggregate's order.
 */
public final class SwitchingRun {
  private SwitchingRun() {}

  /** Switches {@code switches} times, cycling through {@code buses} (the first one starts the system). */
  public static List<BusSwitch> run(List<Supplier<EventBus>> buses, int switches, Duration between) throws Exception {
    try (LoadedSystem loaded = LoadedSystem.start(buses.get(0).get())) {
      for (int s = 1; s <= switches; s++) {
        Thread.sleep(between.toMillis());
        BusSwitch done = loaded.system().switchBus(buses.get(s % buses.size()).get());
        assertThat(done.drained()).as("switch %d from %s to %s drained", s, done.from(), done.to()).isTrue();
      }
      Thread.sleep(between.toMillis());
      loaded.stopLoad();
      long stored = loaded.assertEveryEventAppliedOnceInOrder();
      assertThat(stored).isGreaterThan(switches * 5L);
      assertThat(loaded.system().busSwitches()).hasSize(switches);
      return loaded.system().busSwitches();
    }
  }
}

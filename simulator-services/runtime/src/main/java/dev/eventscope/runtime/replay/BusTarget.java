package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.store.StoredEvent;

/**
 * Re-publishes replayed events to a bus, where every subscriber of their context gets them again
 * (marked {@code replay=true}: side-effecting handlers skip them, idempotent ones ignore what they
 * already applied). Callers ask for explicit confirmation first.
 */
public final class BusTarget implements ReplayTarget {
  private final EventBus bus;

  public BusTarget(EventBus bus) {
    this.bus = bus;
  }

  @Override
  public String name() {
    return "bus:" + bus.strategy();
  }

  @Override
  public void apply(StoredEvent replayed) {
    bus.publish(replayed);
  }
}

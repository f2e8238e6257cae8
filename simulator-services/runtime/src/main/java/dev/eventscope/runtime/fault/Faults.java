package dev.eventscope.runtime.fault;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The live fault switchboard of one running system: scenarios, the console's sliders and the
 * reliability tests change it while messages flow, and the injectors read it on every message.
 * Switching a fault off takes effect for the next message.
 */
public final class Faults {
  private final List<BiConsumer<FaultSettings, FaultSettings>> listeners = new CopyOnWriteArrayList<>();
  private volatile FaultSettings settings = FaultSettings.NONE;
  private volatile boolean everLossy;
  private volatile boolean handlerFaultsOn;

  public FaultSettings settings() {
    return settings;
  }

  public void set(FaultSettings next) {
    FaultSettings previous;
    synchronized (this) {
      previous = settings;
      settings = next;
      handlerFaultsOn = next.slowProjectionMs() > 0 || next.handlers().values().stream().anyMatch(HandlerFault::active);
      if (next.bus().lossy()) everLossy = true;
    }
    for (BiConsumer<FaultSettings, FaultSettings> listener : listeners) listener.accept(previous, next);
  }

  public void update(UnaryOperator<FaultSettings> change) {
    synchronized (this) {
      set(change.apply(settings));
    }
  }

  public void clear() {
    set(FaultSettings.NONE);
  }

  /** True once deliveries could have been lost or overtaken in this run (from then on the store is swept for them). */
  public boolean everLossy() {
    return everLossy;
  }

  /** True while a handler fault or slow projections are on: subscribers ask on every event, so it is kept, not derived. */
  public boolean handlerFaultsOn() {
    return handlerFaultsOn;
  }

  /** Called with (previous, next) after every change, on the changing thread. */
  public void onChange(BiConsumer<FaultSettings, FaultSettings> listener) {
    listeners.add(listener);
  }

  /** A fresh coin toss. */
  static boolean chance(double rate) {
    return rate > 0 && (rate >= 1 || ThreadLocalRandom.current().nextDouble() < rate);
  }

  /**
   * The same answer for the same message every time it is asked (a poison message stays
   * poisonous on every retry), so about {@code rate} of all messages are poisonous.
   */
  static boolean poisonous(UUID messageId, String subscriber, double rate) {
    if (rate <= 0) return false;
    long mixed = mix(messageId.getMostSignificantBits() ^ Long.rotateLeft(messageId.getLeastSignificantBits(), 17) ^ subscriber.hashCode());
    return (mixed >>> 11) * 0x1.0p-53 < rate;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}

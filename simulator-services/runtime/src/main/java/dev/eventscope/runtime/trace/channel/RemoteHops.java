package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.trace.Hop;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The hops a relay recorded from the channel and has not yet seen come back through the tracer's
 * listener. By identity, not equality: two processes may well record equal hops, and only the
 * very objects the relay put in must be kept from being published again. Bounded (a ring), since
 * a hop the tracer dropped never comes back; the oldest is forgotten first, and the bound is far
 * above what a tracer holds in flight.
 */
final class RemoteHops {
  private final Hop[] ring;
  private final Map<Hop, Integer> slots = new IdentityHashMap<>();
  private int next;

  RemoteHops(int capacity) {
    this.ring = new Hop[capacity];
  }

  synchronized void add(Hop hop) {
    Hop oldest = ring[next];
    if (oldest != null) slots.remove(oldest);
    ring[next] = hop;
    slots.put(hop, next);
    next = (next + 1) % ring.length;
  }

  /** True (and forgotten) when the relay recorded this very hop from the channel. */
  synchronized boolean take(Hop hop) {
    Integer slot = slots.remove(hop);
    if (slot == null) return false;
    ring[slot] = null;
    return true;
  }

  synchronized int size() {
    return slots.size();
  }
}

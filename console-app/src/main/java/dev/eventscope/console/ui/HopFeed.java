package dev.eventscope.console.ui;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.HopListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Parks the tracer's hop batches until the next UI tick drains them. The tracer's thread must stay
 * quick, so receiving is a queue offer; if the console falls far behind, whole batches are dropped
 * and counted rather than letting memory grow without bound. Hops touching a hidden node (the
 * console's own message tap) are left out: they are plumbing the user did not build.
 */
public final class HopFeed implements HopListener {
  public static final int DEFAULT_CAPACITY = 200_000;

  private final ConcurrentLinkedQueue<List<Hop>> batches = new ConcurrentLinkedQueue<>();
  private final AtomicInteger pending = new AtomicInteger();
  private final LongAdder dropped = new LongAdder();
  private final int capacity;
  private final Set<String> hiddenNodes;

  public HopFeed(Set<String> hiddenNodes) {
    this(DEFAULT_CAPACITY, hiddenNodes);
  }

  public HopFeed(int capacity, Set<String> hiddenNodes) {
    this.capacity = capacity;
    this.hiddenNodes = Set.copyOf(hiddenNodes);
  }

  @Override
  public void onHops(List<Hop> received) {
    List<Hop> hops = hiddenNodes.isEmpty() ? received : visible(received);
    if (hops.isEmpty()) return;
    if (pending.addAndGet(hops.size()) > capacity) {
      pending.addAndGet(-hops.size());
      dropped.add(hops.size());
      return;
    }
    batches.add(hops);
  }

  private List<Hop> visible(List<Hop> received) {
    List<Hop> shown = new ArrayList<>(received.size());
    for (Hop hop : received) {
      if (!hiddenNodes.contains(hop.to()) && !hiddenNodes.contains(hop.from())) shown.add(hop);
    }
    return shown;
  }

  /** Everything received since the last drain, in arrival order. */
  public List<Hop> drain() {
    List<Hop> all = new ArrayList<>(Math.max(16, pending.get()));
    for (List<Hop> batch = batches.poll(); batch != null; batch = batches.poll()) {
      all.addAll(batch);
      pending.addAndGet(-batch.size());
    }
    return all;
  }

  public long droppedCount() {
    return dropped.sum();
  }
}

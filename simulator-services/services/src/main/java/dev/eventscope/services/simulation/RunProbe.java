package dev.eventscope.services.simulation;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderStatus;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A subscriber that watches a run from the inside like any other subscriber would: when each of
 * this run's orders reaches a final status (for the latency figures) and how each command ended.
 * What it received, event by event, is in the system's delivery ledger under {@link #NAME} (an
 * event it never got is lost; one it got twice was applied twice). A console keeps one for its
 * whole life and calls {@link #begin} per run.
 */
public final class RunProbe implements Subscriber {
  public static final String NAME = "run-probe";

  /** Orders in flight: sent, not final yet (the finished ones are only counted, so a long run stays flat). */
  private final Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
  private final LongAdder placed = new LongAdder();
  private final Map<OrderStatus, LongAdder> finished = new EnumMap<>(OrderStatus.class);
  /**
   * Acknowledged orders whose OrderPlaced this probe has not received yet (the checker looks for
   * them in the store at the end), and this run's OrderPlaced events received before their
   * acknowledgement came back: both bounded by the orders in flight.
   */
  private final Set<UUID> acknowledgedNotSeen = ConcurrentHashMap.newKeySet();
  private final Set<UUID> seenNotAcknowledged = ConcurrentHashMap.newKeySet();
  private final LongAdder acknowledged = new LongAdder();
  private final LongAdder rejectedCommands = new LongAdder();
  private final LongAdder failedCommands = new LongAdder();
  private final AtomicLong lastFinalNanos = new AtomicLong();
  private volatile ConcurrentHistogram latencyMicros = new ConcurrentHistogram(3);
  private final Recorder intervalLatency = new Recorder(3);
  private volatile long watchingAfter = Long.MAX_VALUE;

  public RunProbe() {
    for (OrderStatus status : OrderStatus.values()) finished.put(status, new LongAdder());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> contexts() {
    return Set.of(OrderFulfilmentContracts.ORDERS, OrderFulfilmentContracts.INVENTORY,
        OrderFulfilmentContracts.PAYMENTS, OrderFulfilmentContracts.SHIPPING);
  }

  /** Starts watching a new run: forgets the last one and counts events stored after {@code afterPosition}. */
  public synchronized void begin(long afterPosition) {
    sentAt.clear();
    placed.reset();
    finished.values().forEach(LongAdder::reset);
    acknowledgedNotSeen.clear();
    seenNotAcknowledged.clear();
    acknowledged.reset();
    rejectedCommands.reset();
    failedCommands.reset();
    lastFinalNanos.set(0);
    latencyMicros = new ConcurrentHistogram(3);
    intervalLatency.reset();
    watchingAfter = afterPosition;
  }

  public long watchingAfter() {
    return watchingAfter;
  }

  public void sent(UUID orderId, long nanos) {
    if (sentAt.put(orderId, nanos) == null) placed.increment();
  }

  /** The system took the order: its events must be stored and must reach every subscriber. */
  public void acknowledged(UUID orderId) {
    acknowledged.increment();
    synchronized (seenNotAcknowledged) {
      if (!seenNotAcknowledged.remove(orderId)) acknowledgedNotSeen.add(orderId);
    }
  }

  private void placementSeen(UUID orderId) {
    synchronized (seenNotAcknowledged) {
      if (!acknowledgedNotSeen.remove(orderId) && sentAt.containsKey(orderId)) seenNotAcknowledged.add(orderId);
    }
  }

  /**
   * An order the system did not take: it will never reach a final status, so stop waiting for it.
   *
   * @param failed true when it failed before acknowledgement, false when it was rejected with a reason
   */
  public void notPlaced(UUID orderId, boolean failed) {
    if (sentAt.remove(orderId) != null) placed.decrement();
    seenNotAcknowledged.remove(orderId);
    (failed ? failedCommands : rejectedCommands).increment();
  }

  /** How many PlaceOrder commands of this run were acknowledged. */
  public long acknowledgedOrders() {
    return acknowledged.sum();
  }

  /** Acknowledged orders of this run whose OrderPlaced never reached this probe: the checker looks them up in the store. */
  public Set<UUID> acknowledgedButNotSeen() {
    return Set.copyOf(acknowledgedNotSeen);
  }

  public long rejectedCommands() {
    return rejectedCommands.sum();
  }

  public long failedCommands() {
    return failedCommands.sum();
  }

  @Override
  public void handle(StoredEvent event) {
    if (event.position() <= watchingAfter) return;
    if (event.payload() instanceof OrderEvent.OrderPlaced placed) placementSeen(placed.orderId());
    OrderStatus status = terminalStatus(event);
    if (status == null) return;
    UUID orderId = ((OrderEvent) event.payload()).orderId();
    Long started = sentAt.remove(orderId);
    if (started != null) {
      finished.get(status).increment();
      long now = System.nanoTime();
      long micros = Math.max(1, (now - started) / 1_000);
      latencyMicros.recordValue(micros);
      intervalLatency.recordValue(micros);
      lastFinalNanos.accumulateAndGet(now, Math::max);
    }
  }

  private static OrderStatus terminalStatus(StoredEvent event) {
    if (event.payload() instanceof OrderEvent.OrderConfirmed) return OrderStatus.CONFIRMED;
    if (event.payload() instanceof OrderEvent.OrderRejected) return OrderStatus.REJECTED;
    if (event.payload() instanceof OrderEvent.OrderCancelled) return OrderStatus.CANCELLED;
    return null;
  }

  /** Waits until every order placed so far has a final status; false if the timeout passed first. */
  public boolean awaitAllFinal(long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    while (!sentAt.isEmpty()) {
      if (System.nanoTime() > deadline) return false;
      Thread.sleep(5);
    }
    return true;
  }

  public long placed() {
    return placed.sum();
  }

  /** Orders of this run with a final status. */
  public long finished() {
    return finished.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The orders placed so far by final status (a shipped order counts as confirmed); the rest are pending. */
  public SimulationReport.Orders outcomes() {
    long confirmed = count(OrderStatus.CONFIRMED) + count(OrderStatus.SHIPPED);
    long rejected = count(OrderStatus.REJECTED);
    long cancelled = count(OrderStatus.CANCELLED);
    return new SimulationReport.Orders(confirmed, rejected, cancelled, placed() - confirmed - rejected - cancelled);
  }

  public long count(OrderStatus status) {
    return finished.get(status).sum();
  }

  /** When the last order reached its final status ({@link System#nanoTime()}), 0 before any did. */
  public long lastFinalNanos() {
    return lastFinalNanos.get();
  }

  /** Order latency (send to final status) of the whole run, in microseconds. */
  public ConcurrentHistogram latencyMicros() {
    return latencyMicros;
  }

  /** Order latencies since the previous call, in microseconds. */
  public Histogram intervalLatencyMicros() {
    return intervalLatency.getIntervalHistogram();
  }
}

package dev.eventscope.services.bench;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * The {@code bus} workload: stored order events, encoded by the real codec, through a bus
 * strategy's publish path (the outbox's: {@link EventBus#publishAll} a page at a time, each page
 * accepted by the broker before the next) to one subscriber that applies nothing; the store and
 * the outbox are not in the path. On a broker, the broker's own client moves the same bytes with
 * the same guarantees on the same broker in the same run: the two take turns, a slice of the
 * messages each, so a neighbour's burst on a shared machine hits both alike. Everything it makes
 * on a broker (names carry a run id) is deleted when it ends.
 */
public final class BusBenchmark {
  /** The outbox's page: what one {@code publishAll} carries. */
  static final int PUBLISH_BATCH = 512;
  /** Turns ours and the raw client take; each moves a fifth of the messages. */
  private static final int TURNS = 5;
  private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(5);
  private static final JsonCodec CODEC = new JsonCodec(OrderFulfilmentContracts.registry());

  private BusBenchmark() {}

  public static BusBenchResult run(BusBenchConfig config) {
    String runId = UUID.randomUUID().toString().substring(0, 8);
    BenchNames names = new BenchNames("esbench-" + runId, "sink-" + runId, "raw-" + runId);
    BusSettings settings = config.brokers().withPrefix(names.prefix());
    boolean broker = !"memory".equals(config.bus());
    int warmup = config.warmup();
    List<StoredEvent> warmupEvents = BenchEvents.orderEvents(1, warmup);
    List<StoredEvent> events = BenchEvents.orderEvents(warmup + 1L, config.messages());
    EventWire wire = new EventWire(CODEC);
    // A broker that never answered holds nothing of ours: no clean-up (and no wait for it) then.
    AtomicBoolean reached = new AtomicBoolean();
    try (Lane ours = new Lane(config.bus(), settings, names, warmup + config.messages(), reached);
        RawClient raw = broker ? RawClient.of(config.bus(), settings, names) : null) {
      ours.move(warmupEvents);
      if (raw != null) {
        raw.start();
        raw.move(RawMessage.of(warmupEvents, wire), PUBLISH_BATCH);
      }
      ours.measure();
      System.gc();
      long oursNanos = 0;
      long rawNanos = 0;
      long allocated = 0;
      int turn = (config.messages() + TURNS - 1) / TURNS;
      for (int from = 0; from < events.size(); from += turn) {
        List<StoredEvent> slice = events.subList(from, Math.min(events.size(), from + turn));
        List<RawMessage> rawSlice = raw == null ? List.of() : RawMessage.of(slice, wire);
        long allocatedBefore = Allocation.totalBytes();
        oursNanos += ours.move(slice);
        allocated += Allocation.totalBytes() - allocatedBefore;
        if (raw != null) rawNanos += raw.move(rawSlice, PUBLISH_BATCH);
      }
      double perSecond = config.messages() / (oursNanos / 1e9);
      Double rawPerSecond = raw == null ? null : round(config.messages() / (rawNanos / 1e9));
      Double ratio = raw == null ? null : Math.round((double) rawNanos / oursNanos * 1000.0) / 1000.0;
      return new BusBenchResult(BusBenchConfig.BUS, config.bus(), config.messages(), warmup, 1, PUBLISH_BATCH,
          round(perSecond), ours.latency(), allocated / config.messages(), rawPerSecond, ratio);
    } finally {
      if (reached.get()) BrokerCleanup.remove(config.bus(), settings, names);
    }
  }

  /** Our side: a bus of the strategy with one subscriber that only notes when each event came. */
  private static final class Lane implements AutoCloseable {
    private final EventBus bus;
    private final AtomicLongArray publishedAt;
    private final ConcurrentHistogram latency = new ConcurrentHistogram(3);
    private final LongAdder applied = new LongAdder();
    private volatile boolean measuring;

    Lane(String strategy, BusSettings settings, BenchNames names, int events, AtomicBoolean reached) {
      this.publishedAt = new AtomicLongArray(events + 1);
      this.bus = OrderFulfilmentSystem.bus(strategy, settings);
      reached.set(true);
      bus.subscribe(names.subscriber(), Set.of(BenchEvents.CONTEXT), event -> {
        if (measuring) latency.recordValue(Math.max(1, (System.nanoTime() - publishedAt.get((int) event.position())) / 1_000));
        applied.increment();
      });
      bus.start();
    }

    /** As the outbox does it: a page at a time, the next once the broker took the last; then waits for the subscriber. */
    long move(List<StoredEvent> events) {
      long target = applied.sum() + events.size();
      long started = System.nanoTime();
      for (int from = 0; from < events.size(); from += PUBLISH_BATCH) {
        List<StoredEvent> page = events.subList(from, Math.min(events.size(), from + PUBLISH_BATCH));
        long now = System.nanoTime();
        for (StoredEvent event : page) publishedAt.lazySet((int) event.position(), now);
        bus.publishAll(page);
      }
      await(applied, target);
      return System.nanoTime() - started;
    }

    /** From now on each delivery's latency counts (the warm-up's do not). */
    void measure() {
      measuring = true;
    }

    BenchResult.LatencyUs latency() {
      return new BenchResult.LatencyUs(latency.getValueAtPercentile(50), latency.getValueAtPercentile(99));
    }

    @Override
    public void close() {
      bus.close();
    }
  }

  static void await(LongAdder done, long target) {
    long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
    while (done.sum() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(new TimeoutException("only " + done.sum() + " of " + target + " messages arrived within "
            + DELIVERY_TIMEOUT.toMinutes() + " minutes"));
      }
      LockSupport.parkNanos(100_000);
    }
  }

  static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }
}

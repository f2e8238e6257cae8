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
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * The {@code bus} workload: stored order events, encoded by the real codec, through a bus
 * strategy's publish path (the outbox's: {@link EventBus#publishAll} a page at a time, each page
 * accepted by the broker before the next) to one subscriber that applies nothing; the store and
 * the outbox are not in the path. On a broker, the broker's own client then moves the same bytes
 * with the same guarantees on the same broker in the same run, and the two rates are compared.
 * Everything it makes on a broker (names carry a run id) is deleted when it ends.
 */
public final class BusBenchmark {
  /** The outbox's page: what one {@code publishAll} carries. */
  static final int PUBLISH_BATCH = 512;
  private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(5);
  private static final JsonCodec CODEC = new JsonCodec(OrderFulfilmentContracts.registry());

  private BusBenchmark() {}

  public static BusBenchResult run(BusBenchConfig config) {
    String runId = UUID.randomUUID().toString().substring(0, 8);
    BenchNames names = new BenchNames("esbench-" + runId, "sink-" + runId, "raw-" + runId);
    BusSettings settings = config.brokers().withPrefix(names.prefix());
    try {
      Measured ours = throughBus(config, settings, names);
      Double raw = null;
      Double ratio = null;
      if (!"memory".equals(config.bus())) {
        List<RawMessage> warmup = RawMessage.of(BenchEvents.orderEvents(1, config.warmup()), new EventWire(CODEC));
        List<RawMessage> measured = RawMessage.of(BenchEvents.orderEvents(config.warmup() + 1L, config.messages()), new EventWire(CODEC));
        try (RawClient client = RawClient.of(config.bus(), settings, names)) {
          raw = round(client.perSecond(warmup, measured, PUBLISH_BATCH));
        }
        ratio = Math.round(ours.perSecond / raw * 1000.0) / 1000.0;
      }
      return new BusBenchResult(BusBenchConfig.BUS, config.bus(), config.messages(), config.warmup(), 1, PUBLISH_BATCH,
          round(ours.perSecond), ours.latency, ours.allocPerMessage, raw, ratio);
    } finally {
      BrokerCleanup.remove(config.bus(), settings, names);
    }
  }

  private record Measured(double perSecond, BenchResult.LatencyUs latency, long allocPerMessage) {}

  private static Measured throughBus(BusBenchConfig config, BusSettings settings, BenchNames names) {
    int warmup = config.warmup();
    int total = warmup + config.messages();
    AtomicLongArray publishedAt = new AtomicLongArray(total + 1);
    ConcurrentHistogram latency = new ConcurrentHistogram(3);
    LongAdder applied = new LongAdder();
    try (EventBus bus = OrderFulfilmentSystem.bus(config.bus(), settings)) {
      bus.subscribe(names.subscriber(), Set.of(BenchEvents.CONTEXT), event -> {
        int position = (int) event.position();
        if (position > warmup) latency.recordValue(Math.max(1, (System.nanoTime() - publishedAt.get(position)) / 1_000));
        applied.increment();
      });
      bus.start();
      if (warmup > 0) {
        publish(bus, BenchEvents.orderEvents(1, warmup), publishedAt);
        await(applied, warmup);
      }
      List<StoredEvent> events = BenchEvents.orderEvents(warmup + 1L, config.messages());
      System.gc();
      long allocatedBefore = Allocation.totalBytes();
      long started = System.nanoTime();
      publish(bus, events, publishedAt);
      await(applied, total);
      double seconds = (System.nanoTime() - started) / 1e9;
      long allocated = Allocation.totalBytes() - allocatedBefore;
      return new Measured(config.messages() / seconds,
          new BenchResult.LatencyUs(latency.getValueAtPercentile(50), latency.getValueAtPercentile(99)),
          allocated / config.messages());
    }
  }

  /** As the outbox does it: a page at a time, the next once the broker took the last. */
  private static void publish(EventBus bus, List<StoredEvent> events, AtomicLongArray publishedAt) {
    for (int from = 0; from < events.size(); from += PUBLISH_BATCH) {
      List<StoredEvent> page = events.subList(from, Math.min(events.size(), from + PUBLISH_BATCH));
      long now = System.nanoTime();
      for (StoredEvent event : page) publishedAt.lazySet((int) event.position(), now);
      bus.publishAll(page);
    }
  }

  static void await(LongAdder done, long target) {
    long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
    while (done.sum() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(new TimeoutException("only " + done.sum() + " of " + target + " messages arrived within "
            + DELIVERY_TIMEOUT.toMinutes() + " minutes"));
      }
      Thread.onSpinWait();
      java.util.concurrent.locks.LockSupport.parkNanos(100_000);
    }
  }

  static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }
}

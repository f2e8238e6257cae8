package dev.eventscope.services.bench;

import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.services.orders.OrdersContext;
import dev.eventscope.services.simulation.Simulation;
import dev.eventscope.services.simulation.SimulationConfig;
import dev.eventscope.services.simulation.SimulationReport;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * The end-to-end workloads behind {@code eventscope bench}.
 *
 * <p>{@code order-flow} is the orders context alone, so it compares with other frameworks on equal
 * terms: per order PlaceOrder, then ConfirmOrder, then GetOrderSummary, each waiting for its
 * answer; the clock stops when every projection has caught up. With tracing on, a listener
 * consumes every hop as the console would. {@code fulfilment} runs the whole saga.
 */
public final class Benchmark {
  private static final String SOURCE = "bench";
  private static final List<OrderLine> LINES = List.of(new OrderLine("SKU-001", 2, 1_250), new OrderLine("SKU-002", 1, 990));

  /** The longest latency told apart (ten minutes, in microseconds); longer ones count as this. */
  private static final long MAX_LATENCY_MICROS = 600_000_000L;

  private Benchmark() {}

  /** Sized once for every latency up to the longest: a histogram that grows mid-run makes the JIT recompile the driving loop. */
  private static Histogram latencies() {
    return new Histogram(1, MAX_LATENCY_MICROS, 3);
  }

  public static BenchResult run(BenchConfig config) {
    if (BenchConfig.FULFILMENT.equals(config.workload())) return fulfilment(config);
    if (!BenchConfig.ORDER_FLOW.equals(config.workload())) {
      throw new IllegalArgumentException("unknown workload '" + config.workload() + "' (order-flow or fulfilment)");
    }
    SystemSettings settings = SystemSettings.of(config.store(), null, config.bus()).withTracing(config.tracing());
    try (EventSystem system = OrderFulfilmentSystem.startWith(settings, List.of(new OrdersContext()))) {
      LongAdder hops = new LongAdder();
      if (config.tracing()) system.tracer().addListener(batch -> hops.add(batch.size()));
      if (config.warmupOrders() > 0) drive(system, config.warmupOrders(), config.threads(), new LongAdder());
      Metrics metrics = system.metrics();
      long messagesBefore = messages(metrics);
      long allocatedBefore = Allocation.totalBytes();
      long started = System.nanoTime();
      LongAdder driverAllocated = new LongAdder();
      Histogram latency = drive(system, config.orders(), config.threads(), driverAllocated);
      system.awaitQuiescent(Duration.ofMinutes(5));
      double seconds = (System.nanoTime() - started) / 1e9;
      long allocated = Allocation.totalBytes() - allocatedBefore + driverAllocated.sum();
      long messages = messages(metrics) - messagesBefore;
      FlowTracer tracer = system.tracer();
      return new BenchResult(config.workload(), config.bus(), config.store(), config.orders(), config.threads(),
          round(config.orders() / seconds), round(messages / seconds),
          new BenchResult.LatencyUs(latency.getValueAtPercentile(50), latency.getValueAtPercentile(99)),
          allocated / Math.max(1, config.orders()), config.tracing(),
          new BenchResult.TracedHops(tracer.recordedCount(), tracer.sampledOutCount(), tracer.droppedCount(), tracer.keepsOneFlowIn()));
    }
  }

  /** Commands, queries and stored events: every message the workload made. */
  private static long messages(Metrics metrics) {
    return metrics.get(Metrics.COMMANDS_SENT) + metrics.get(Metrics.QUERIES) + metrics.get(Metrics.EVENTS_STORED);
  }

  /** Sends the orders from {@code threads} threads and answers their latencies (command to query answered). */
  private static Histogram drive(EventSystem system, int orders, int threads, LongAdder allocated) {
    Mediator mediator = system.mediator();
    AtomicInteger next = new AtomicInteger();
    Histogram latency = latencies();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    for (int t = 0; t < Math.max(1, threads); t++) {
      pool.execute(() -> {
        long allocatedBefore = Allocation.currentThreadBytes();
        Histogram mine = latencies(); // each thread its own: recording an order costs no atomic operation
        while (next.getAndIncrement() < orders) {
          long started = System.nanoTime();
          UUID orderId = UUID.randomUUID();
          mediator.send(new PlaceOrder(orderId, "customer-1", LINES, null), SOURCE);
          mediator.send(new ConfirmOrder(orderId), SOURCE);
          try {
            mediator.query(new GetOrderSummary(orderId), SOURCE);
          } catch (NotFoundException stillProjecting) {
            // The read model is eventually consistent: not there yet is an answer too.
          }
          mine.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, (System.nanoTime() - started) / 1_000)));
        }
        allocated.add(Allocation.currentThreadBytes() - allocatedBefore);
        synchronized (latency) {
          latency.add(mine);
        }
      });
    }
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (latency) { // the threads added theirs under this lock
      return latency;
    }
  }

  private static BenchResult fulfilment(BenchConfig config) {
    long allocatedBefore = Allocation.totalBytes();
    SimulationConfig simulation = SimulationConfig.defaults().withOrders(config.orders()).withStore(config.store(), null);
    SimulationReport report = Simulation.run(simulation);
    long allocated = Allocation.totalBytes() - allocatedBefore;
    long messages = report.commands().sent() + report.events().stored();
    return new BenchResult(config.workload(), config.bus(), config.store(), config.orders(), simulation.clients(),
        report.throughput().ordersPerSecond(), round(messages / Math.max(report.durationSeconds(), 1e-9)),
        new BenchResult.LatencyUs(report.latencyMs().p50() * 1_000, report.latencyMs().p99() * 1_000),
        allocated / Math.max(1, config.orders()), true, null);
  }

  private static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }
}

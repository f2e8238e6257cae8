package dev.eventscope.benchmarks.eventscope;

import dev.eventscope.benchmarks.Contender;
import dev.eventscope.benchmarks.OrderFlow;
import dev.eventscope.benchmarks.OrderRules;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.bench.BenchConfig;
import dev.eventscope.services.bench.Benchmark;
import dev.eventscope.services.orders.OrdersContext;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * Eventscope's orders context on the in-memory store and bus. Runs are timed by
 * {@link Benchmark#run} itself (what {@code eventscope bench} reports); this class is the same
 * system and the same per-order calls, kept open so its retained heap can be weighed.
 */
public final class EventscopeOrderFlow implements OrderFlow {
  private static final String SOURCE = "bench";

  private final EventSystem system;
  private final Mediator mediator;
  private final LongAdder hops = new LongAdder();

  private EventscopeOrderFlow(boolean tracing) {
    SystemSettings settings = SystemSettings.of("memory", null, "memory").withTracing(tracing);
    system = OrderFulfilmentSystem.startWith(settings, List.of(new OrdersContext()));
    // Like Benchmark: with tracing on, a listener consumes every hop as the console would.
    if (tracing) system.tracer().addListener(batch -> hops.add(batch.size()));
    mediator = system.mediator();
  }

  public static Contender contender(boolean tracing) {
    return new Contender() {
      @Override
      public String name() {
        return "eventscope (tracing " + (tracing ? "on" : "off") + ")";
      }

      @Override
      public double ordersPerSecond(int orders) {
        return Benchmark.run(new BenchConfig(BenchConfig.ORDER_FLOW, orders, 1, tracing, "memory", "memory", 0)).ordersPerSecond();
      }

      @Override
      public OrderFlow start() {
        return new EventscopeOrderFlow(tracing);
      }
    };
  }

  @Override
  public void order(UUID orderId) {
    mediator.send(new PlaceOrder(orderId, OrderRules.CUSTOMER, OrderRules.LINES, null), SOURCE);
    mediator.send(new ConfirmOrder(orderId), SOURCE);
    try {
      mediator.query(new GetOrderSummary(orderId), SOURCE);
    } catch (NotFoundException stillProjecting) {
      // The read model is eventually consistent: not there yet is an answer too (as in Benchmark).
    }
  }

  @Override
  public void awaitCaughtUp() {
    if (!system.awaitQuiescent(Duration.ofMinutes(5))) throw new IllegalStateException("eventscope did not catch up in 5 minutes");
  }

  @Override
  public void close() {
    system.close();
  }
}

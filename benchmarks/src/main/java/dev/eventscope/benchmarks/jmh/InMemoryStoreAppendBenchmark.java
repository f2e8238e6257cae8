package dev.eventscope.benchmarks.jmh;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending one event to a new stream of the in-memory store, the store's share of a PlaceOrder.
 * Envelopes are built up front, so only the append is measured; the store is replaced every
 * {@link #CYCLE} appends so the heap stays flat (the replacement is amortized into the figure).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InMemoryStoreAppendBenchmark {
  private static final int CYCLE = 100_000;

  private final String[] aggregateIds = new String[CYCLE];
  private final List<List<Envelope<Event>>> events = new ArrayList<>(CYCLE);
  private InMemoryEventStore store;
  private int next;

  @Setup
  public void prepare() {
    ContractRegistry registry = OrderFulfilmentContracts.registry();
    for (int i = 0; i < CYCLE; i++) {
      UUID orderId = UUID.randomUUID();
      OrderPlaced placed = new OrderPlaced(orderId, "customer-1", JmhFixtures.LINES, 3_490, "EUR", null);
      aggregateIds[i] = orderId.toString();
      events.add(List.of(Envelope.first(placed, registry.of(placed).version(), OrderFulfilmentContracts.ORDERS)));
    }
    store = new InMemoryEventStore();
  }

  @Benchmark
  public List<StoredEvent> appendToNewStream() {
    if (next == CYCLE) {
      next = 0;
      store = new InMemoryEventStore();
    }
    int i = next++;
    return store.append(aggregateIds[i], 0, events.get(i));
  }
}

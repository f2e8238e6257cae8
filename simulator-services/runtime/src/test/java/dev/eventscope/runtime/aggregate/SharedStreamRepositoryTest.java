package dev.eventscope.runtime.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.trace.FlowTracer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two processes deciding on one stream (a scaled-out service on a shared store), each with its own repository; and the cache's bound. */
class SharedStreamRepositoryTest {
  /** Counts a stream's events: enough state to see which events a load applied. */
  private static final AggregateType<Long, OrderEvent> COUNTER = new AggregateType<>() {
    @Override
    public String name() {
      return "Counter";
    }

    @Override
    public String context() {
      return OrderFulfilmentContracts.ORDERS;
    }

    @Override
    public Class<OrderEvent> eventType() {
      return OrderEvent.class;
    }

    @Override
    public Long initial(String aggregateId) {
      return 0L;
    }

    @Override
    public Long apply(Long state, OrderEvent event) {
      return state + 1;
    }
  };

  private final ReadCountingStore store = new ReadCountingStore();
  private final UUID id = UUID.randomUUID();
  private final Envelope<ConfirmOrder> command = Envelope.first(new ConfirmOrder(id), 1, "test");

  private EventSourcedRepository<Long, OrderEvent> process() {
    return new EventSourcedRepository<>(COUNTER, store, OrderFulfilmentContracts.registry(), FlowTracer.disabled(), new Metrics());
  }

  @Test
  void a_decision_on_a_stale_state_fails_and_the_retry_reads_only_what_the_other_process_added() {
    EventSourcedRepository<Long, OrderEvent> first = process();
    EventSourcedRepository<Long, OrderEvent> second = process();
    Loaded<Long> seen = first.load(id.toString());
    for (int i = 0; i < 50; i++) first.append(first.load(id.toString()), List.of(new OrderConfirmed(id)), command);
    Loaded<Long> stale = second.load(id.toString());
    first.append(first.load(id.toString()), List.of(new OrderConfirmed(id)), command);

    assertThatThrownBy(() -> second.append(stale, List.of(new OrderConfirmed(id)), command)).isInstanceOf(ConcurrencyException.class);
    store.reads.clear();
    Loaded<Long> caughtUp = second.load(id.toString());

    assertThat(seen.version()).isZero();
    assertThat(caughtUp.version()).isEqualTo(51);
    assertThat(caughtUp.state()).isEqualTo(51L);
    assertThat(store.reads).containsExactly(50L);
    assertThat(second.load(id.toString())).isSameAs(caughtUp);
  }

  @Test
  void a_busy_aggregate_stays_cached_while_the_cache_fills_up_with_others() {
    EventSourcedRepository<Long, OrderEvent> repository =
        new EventSourcedRepository<>(COUNTER, store, OrderFulfilmentContracts.registry(), FlowTracer.disabled(), new Metrics(), 10);
    repository.append(repository.load(id.toString()), List.of(new OrderConfirmed(id)), command);
    store.reads.clear();

    for (int i = 0; i < 50; i++) {
      UUID other = UUID.randomUUID();
      repository.append(repository.load(other.toString()), List.of(new OrderConfirmed(other)), command);
      repository.load(id.toString()); // the busy one is used all along
    }

    assertThat(store.reads).as("each new aggregate read once, the busy one never again").hasSize(50);
  }

  /** A store that notes from which version each stream read starts. */
  private static final class ReadCountingStore implements EventStore {
    final List<Long> reads = new ArrayList<>();
    private final InMemoryEventStore delegate = new InMemoryEventStore();

    @Override
    public List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> events) {
      return delegate.append(aggregateId, expectedVersion, events);
    }

    @Override
    public List<StoredEvent> readStream(String aggregateId, long afterVersion) {
      reads.add(afterVersion);
      return delegate.readStream(aggregateId, afterVersion);
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
      return delegate.readAll(afterPosition, limit);
    }

    @Override
    public long lastPosition() {
      return delegate.lastPosition();
    }

    @Override
    public void onAppend(Runnable listener) {
      delegate.onAppend(listener);
    }

    @Override
    public String describe() {
      return "counting";
    }
  }
}

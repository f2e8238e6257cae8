package dev.eventscope.runtime.aggregate;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads an aggregate by replaying its stream and records new events with the version it was
 * loaded at (so a concurrent change fails instead of being overwritten).
 */
public final class EventSourcedRepository<S, E extends Event> {
  private final AggregateType<S, E> type;
  private final EventStore store;
  private final ContractRegistry registry;
  private final FlowTracer tracer;
  private final Metrics metrics;
  private final String node;

  public EventSourcedRepository(AggregateType<S, E> type, EventStore store, ContractRegistry registry, FlowTracer tracer, Metrics metrics) {
    this.type = type;
    this.store = store;
    this.registry = registry;
    this.tracer = tracer;
    this.metrics = metrics;
    this.node = "aggregate:" + type.name();
  }

  public AggregateType<S, E> type() {
    return type;
  }

  public String node() {
    return node;
  }

  public Loaded<S> load(String aggregateId) {
    return replay(aggregateId, store.readStream(aggregateId, 0), Long.MAX_VALUE);
  }

  /** The aggregate as it was at {@code version} (time travel); the whole stream if beyond its end. */
  public Loaded<S> loadAt(String aggregateId, long version) {
    return replay(aggregateId, store.readStream(aggregateId, 0), version);
  }

  private Loaded<S> replay(String aggregateId, List<StoredEvent> stream, long upToVersion) {
    S state = type.initial(aggregateId);
    long version = 0;
    for (StoredEvent stored : stream) {
      if (stored.version() > upToVersion) break;
      state = type.apply(state, type.eventType().cast(stored.payload()));
      version = stored.version();
    }
    return new Loaded<>(aggregateId, state, version);
  }

  /** Records the events caused by {@code command}, expecting the stream still at {@code expectedVersion}. */
  public List<StoredEvent> append(String aggregateId, long expectedVersion, List<E> events, Envelope<? extends Message> command) {
    long started = System.nanoTime();
    List<Envelope<Event>> envelopes = new ArrayList<>(events.size());
    for (E event : events) {
      envelopes.add(command.causes((Event) event, registry.of(event).version(), type.context()));
    }
    List<StoredEvent> stored = store.append(aggregateId, expectedVersion, envelopes);
    metrics.add(Metrics.EVENTS_STORED, stored.size());
    if (tracer.enabled()) {
      for (StoredEvent event : stored) tracer.record(node, "store", event.envelope(), started, Outcome.OK, null);
    }
    return stored;
  }
}

package dev.eventscope.runtime.aggregate;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.UndecodableEventException;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads an aggregate by replaying its stream and records new events with the version it was
 * loaded at (so a concurrent change fails instead of being overwritten).
 *
 * <p>States are immutable, so the latest state of recently used aggregates is kept (a busy stock
 * item has a long stream) and used without asking the store again. That is safe because the
 * store stays the judge: an append decided on a stale state (another process wrote meanwhile)
 * fails its expected-version check, the state is marked behind, and the mediator's retry brings it
 * up to date with only the events after it (a replica of a service shares a stream with another
 * process: replaying it whole on every conflict would make a busy stream quadratic). The cache
 * is bounded; forgetting costs a replay, never correctness.
 */
public final class EventSourcedRepository<S, E extends Event> {
  private final AggregateType<S, E> type;
  private final EventStore store;
  private final ContractRegistry registry;
  private final FlowTracer tracer;
  private final Metrics metrics;
  private final String node;
  /**
   * Two generations: when the young one is full it becomes the old one, so busy aggregates stay
   * cached. Both always of one class, so the compiled lookups never meet a second one mid-run.
   */
  private volatile ConcurrentHashMap<String, Loaded<S>> recent = new ConcurrentHashMap<>();
  private volatile ConcurrentHashMap<String, Loaded<S>> older = new ConcurrentHashMap<>();
  private final Set<String> behind = ConcurrentHashMap.newKeySet();
  private final int recentLimit;

  public EventSourcedRepository(AggregateType<S, E> type, EventStore store, ContractRegistry registry, FlowTracer tracer, Metrics metrics) {
    this(type, store, registry, tracer, metrics, 10_000);
  }

  public EventSourcedRepository(AggregateType<S, E> type, EventStore store, ContractRegistry registry, FlowTracer tracer, Metrics metrics,
      int recentLimit) {
    this.recentLimit = recentLimit;
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
    Loaded<S> cached = recent.get(aggregateId);
    if (cached == null) cached = older.get(aggregateId);
    if (cached != null && !behind.remove(aggregateId)) {
      if (!recent.containsKey(aggregateId)) remember(cached); // still in use: into the young generation
      return cached;
    }
    Loaded<S> current = cached == null
        ? replay(aggregateId, type.initial(aggregateId), 0, store.readStream(aggregateId, 0), Long.MAX_VALUE)
        : replay(aggregateId, cached.state(), cached.version(), store.readStream(aggregateId, cached.version()), Long.MAX_VALUE);
    if (current.exists()) remember(current);
    return current;
  }

  private void remember(Loaded<S> loaded) {
    // Bounded: the old generation is forgotten when the young one fills up, so an aggregate used
    // since then (a busy stock item with a long stream) is kept; forgetting costs a replay, never
    // correctness (and a forgotten "behind" mark only costs a conflict and a retry).
    if (recent.size() >= recentLimit) {
      older = recent;
      recent = new ConcurrentHashMap<>(recentLimit); // sized once, not grown step by step
      behind.clear();
    }
    recent.merge(loaded.aggregateId(), loaded, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
  }

  /**
   * Records what the aggregate decided on {@code loaded} and remembers the state it leads to.
   *
   * @throws ConcurrencyException if the stream moved on since {@code loaded} (the state is forgotten)
   */
  public List<StoredEvent> append(Loaded<S> loaded, List<E> events, Envelope<? extends Message> command) {
    List<StoredEvent> stored = append(loaded.aggregateId(), loaded.version(), events, command);
    S state = loaded.state();
    for (int i = 0; i < events.size(); i++) state = type.apply(state, events.get(i)); // no iterator per command
    remember(new Loaded<>(loaded.aggregateId(), state, loaded.version() + events.size()));
    return stored;
  }

  /** The aggregate as it was at {@code version} (time travel); the whole stream if beyond its end. */
  public Loaded<S> loadAt(String aggregateId, long version) {
    return replay(aggregateId, type.initial(aggregateId), 0, store.readStream(aggregateId, 0), version);
  }

  private Loaded<S> replay(String aggregateId, S from, long fromVersion, List<StoredEvent> stream, long upToVersion) {
    S state = from;
    long version = fromVersion;
    for (StoredEvent stored : stream) {
      if (stored.version() > upToVersion) break;
      if (stored.undecodable()) throw new UndecodableEventException(stored);
      state = type.apply(state, type.eventType().cast(stored.payload()));
      version = stored.version();
    }
    return new Loaded<>(aggregateId, state, version);
  }

  /** Records the events caused by {@code command}, expecting the stream still at {@code expectedVersion}. */
  public List<StoredEvent> append(String aggregateId, long expectedVersion, List<E> events, Envelope<? extends Message> command) {
    long started = System.nanoTime();
    List<Envelope<Event>> envelopes = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      E event = events.get(i);
      envelopes.add(command.causes((Event) event, registry.of(event).version(), type.context()));
    }
    List<StoredEvent> stored;
    try {
      stored = store.append(aggregateId, expectedVersion, envelopes);
    } catch (ConcurrencyException e) {
      behind.add(aggregateId);
      throw e;
    }
    metrics.add(Metrics.EVENTS_STORED, stored.size());
    if (tracer.enabled()) {
      for (StoredEvent event : stored) tracer.record(node, "store", event.envelope(), started, Outcome.OK, null);
    }
    return stored;
  }
}

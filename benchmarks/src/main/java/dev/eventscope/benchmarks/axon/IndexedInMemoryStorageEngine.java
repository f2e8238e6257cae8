package dev.eventscope.benchmarks.axon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * An in-memory {@link EventStorageEngine} indexed by aggregate. Axon's own
 * {@code InMemoryEventStorageEngine} keeps one global map and loads an aggregate by filtering
 * every stored event, so each command costs O(events stored) and a 100,000-order run grows
 * quadratically: not a fair baseline. This one keeps the global log (for tracking processors) and
 * a list per aggregate beside it (like Eventscope's in-memory store), and refuses an event whose
 * sequence number is not the stream's next one, which is the optimistic-concurrency check a real
 * store makes with its unique index.
 */
public final class IndexedInMemoryStorageEngine implements EventStorageEngine {
  private final List<TrackedEventMessage<?>> log = new ArrayList<>();
  private final Map<String, List<DomainEventMessage<?>>> streams = new HashMap<>();
  private final Map<String, DomainEventMessage<?>> snapshots = new HashMap<>();

  @Override
  public synchronized void appendEvents(List<? extends EventMessage<?>> events) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof DomainEventMessage<?> event) checkNextInStream(event, events, i);
    }
    for (EventMessage<?> event : events) {
      TrackedEventMessage<?> tracked = EventUtils.asTrackedEventMessage(event, new GlobalSequenceTrackingToken(log.size()));
      log.add(tracked);
      if (tracked instanceof DomainEventMessage<?> domain) {
        streams.computeIfAbsent(domain.getAggregateIdentifier(), id -> new ArrayList<>(2)).add(domain);
      }
    }
  }

  /** Sequence numbers start at 0 and have no holes; earlier events of the same batch count. */
  private void checkNextInStream(DomainEventMessage<?> event, List<? extends EventMessage<?>> batch, int index) {
    String id = event.getAggregateIdentifier();
    List<DomainEventMessage<?>> stream = streams.get(id);
    long expected = stream == null ? 0 : stream.size();
    for (int i = 0; i < index; i++) {
      if (batch.get(i) instanceof DomainEventMessage<?> earlier && earlier.getAggregateIdentifier().equals(id)) expected++;
    }
    if (event.getSequenceNumber() != expected) {
      throw new ConcurrencyException("aggregate " + id + " expected sequence " + expected + " but got " + event.getSequenceNumber());
    }
  }

  @Override
  public synchronized DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
    List<DomainEventMessage<?>> stream = streams.get(aggregateIdentifier);
    if (stream == null || firstSequenceNumber >= stream.size()) return DomainEventStream.empty();
    return DomainEventStream.of(new ArrayList<>(stream.subList((int) Math.max(0, firstSequenceNumber), stream.size())));
  }

  @Override
  public synchronized Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
    int from = trackingToken == null ? 0 : (int) ((GlobalSequenceTrackingToken) trackingToken).getGlobalIndex() + 1;
    return new ArrayList<>(log.subList(Math.min(from, log.size()), log.size())).stream();
  }

  @Override
  public synchronized Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
    List<DomainEventMessage<?>> stream = streams.get(aggregateIdentifier);
    return stream == null ? Optional.empty() : Optional.of((long) stream.size() - 1);
  }

  @Override
  public synchronized void storeSnapshot(DomainEventMessage<?> snapshot) {
    snapshots.put(snapshot.getAggregateIdentifier(), snapshot);
  }

  @Override
  public synchronized Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
    return Optional.ofNullable(snapshots.get(aggregateIdentifier));
  }

  @Override
  public synchronized TrackingToken createHeadToken() {
    return log.isEmpty() ? null : new GlobalSequenceTrackingToken(log.size() - 1);
  }
}

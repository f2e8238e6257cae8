package dev.eventscope.services.replay;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.aggregate.AggregateType;
import dev.eventscope.runtime.aggregate.EventSourcedRepository;
import dev.eventscope.runtime.aggregate.Loaded;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.services.inventory.domain.StockItemAggregate;
import dev.eventscope.services.orders.domain.OrderAggregate;
import dev.eventscope.services.payments.domain.PaymentAggregate;
import dev.eventscope.services.shipping.domain.ShipmentAggregate;
import java.util.List;
import java.util.Optional;

/**
 * One aggregate's stream and its state at any version (what {@code eventscope inspect} shows). An
 * undecodable stored event is listed like the others; the state stops before it, and
 * {@code stateNote} says why.
 */
public record AggregateHistory(String aggregateId, String aggregateType, List<StoredEvent> events, Object state, long version,
    String stateNote) {
  private static final List<AggregateType<?, ?>> TYPES =
      List.of(OrderAggregate.TYPE, StockItemAggregate.TYPE, PaymentAggregate.TYPE, ShipmentAggregate.TYPE);

  /** The stream of {@code aggregateId} and its state at {@code version} (null = its last); empty if it has no events. */
  public static Optional<AggregateHistory> load(EventStore store, String aggregateId, Long version) {
    List<StoredEvent> events = store.readStream(aggregateId, 0);
    if (events.isEmpty()) return Optional.empty();
    long upTo = version == null ? Long.MAX_VALUE : version;
    String note = null;
    Optional<StoredEvent> undecodable = events.stream().filter(StoredEvent::undecodable).findFirst();
    if (undecodable.isPresent() && undecodable.get().version() <= upTo) {
      upTo = undecodable.get().version() - 1;
      note = "the state stops at v" + upTo + ": event v" + undecodable.get().version() + " (position "
          + undecodable.get().position() + ") is undecodable: " + undecodable.get().undecodableReason();
    }
    Optional<StoredEvent> first = events.stream().filter(event -> !event.undecodable()).findFirst();
    if (first.isEmpty()) return Optional.of(new AggregateHistory(aggregateId, "unknown", events, null, 0, note));
    Event payload = first.get().payload();
    AggregateType<?, ?> type = TYPES.stream().filter(t -> t.eventType().isInstance(payload)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no aggregate type owns " + payload.getClass().getSimpleName()));
    Loaded<?> loaded = loadAt(type, store, aggregateId, upTo);
    return Optional.of(new AggregateHistory(aggregateId, type.name(), events, loaded.state(), loaded.version(), note));
  }

  private static <S, E extends Event> Loaded<S> loadAt(AggregateType<S, E> type, EventStore store, String id, long version) {
    return new EventSourcedRepository<>(type, store, OrderFulfilmentContracts.registry(), FlowTracer.disabled(), new Metrics())
        .loadAt(id, version);
  }
}

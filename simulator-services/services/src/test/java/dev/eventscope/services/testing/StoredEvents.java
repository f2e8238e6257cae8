package dev.eventscope.services.testing;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.runtime.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds stored events as a store would (positions and stream versions counting up, the owning
 * context as source) without a store, for feeding one subscriber by hand. Each event occurs one
 * second after the previous one, from a fixed instant, so tests never depend on the clock.
 */
public final class StoredEvents {
  public static final Instant START = Instant.parse("2025-01-01T09:00:00Z");

  private final Map<String, Long> versions = new HashMap<>();
  private long position;

  public StoredEvent append(String aggregateId, Event event) {
    long version = versions.merge(aggregateId, 1L, Long::sum);
    position++;
    Contract contract = OrderFulfilmentContracts.registry().of(event);
    UUID id = UUID.nameUUIDFromBytes(("event-" + position).getBytes(StandardCharsets.UTF_8));
    Envelope<Event> envelope = new Envelope<>(id, contract.name(), contract.version(), id, null,
        START.plusSeconds(position), contract.context(), false, aggregateId, version, event);
    return new StoredEvent(position, envelope);
  }
}

package dev.eventscope.services.bench;

import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.List;
import java.util.Map;

/** One event as bytes, encoded once by the real codec: what the raw clients send. */
record RawMessage(String key, String routingKey, Map<String, String> headers, byte[] body, StoredEvent event) {
  static List<RawMessage> of(List<StoredEvent> events, EventWire wire) {
    return events.stream()
        .map(e -> new RawMessage(e.aggregateId(), e.context() + "." + e.type(), EventWire.headers(e), wire.encode(e), e))
        .toList();
  }
}

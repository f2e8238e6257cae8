package dev.eventscope.console.events;

import dev.eventscope.contracts.inventory.StockEvent.StockRestocked;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentScheduled;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A read-only store of any size that makes each event from its position when read, so a test can
 * scroll a million rows without holding them, and counts what was read. Position {@code p}:
 * type by {@code p % 3} (OrderConfirmed, ShipmentScheduled, StockRestocked), aggregate
 * {@code agg-(p % 50)}, correlation {@code 00000000-0000-0000-0000-<p / 10 in hex>}.
 */
final class SyntheticEventStore implements EventStore {
  private volatile long head;
  final AtomicLong eventsRead = new AtomicLong();

  SyntheticEventStore(long head) {
    this.head = head;
  }

  void grow(long to) {
    head = to;
  }

  static StoredEvent event(long position) {
    UUID id = new UUID(1, position);
    UUID correlation = new UUID(0, position / 10);
    Event payload = switch ((int) (position % 3)) {
      case 0 -> new OrderConfirmed(new UUID(2, position));
      case 1 -> new ShipmentScheduled(new UUID(3, position), new UUID(2, position));
      default -> new StockRestocked("SKU-" + position, (int) (position % 7) + 1);
    };
    Envelope<Event> envelope = new Envelope<>(id, Envelope.typeName(payload), 1, correlation, null,
        Instant.ofEpochSecond(1_700_000_000L + position), "test", false, "agg-" + (position % 50), position, payload);
    return new StoredEvent(position, envelope);
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    List<StoredEvent> page = new ArrayList<>();
    for (long p = afterPosition + 1; p <= head && page.size() < limit; p++) page.add(event(p));
    eventsRead.addAndGet(page.size());
    return page;
  }

  @Override
  public long lastPosition() {
    return head;
  }

  @Override
  public List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> events) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public List<StoredEvent> readStream(String aggregateId, long afterVersion) {
    throw new UnsupportedOperationException("not needed");
  }

  @Override
  public void onAppend(Runnable listener) {}

  @Override
  public String describe() {
    return "synthetic (" + head + " events)";
  }
}

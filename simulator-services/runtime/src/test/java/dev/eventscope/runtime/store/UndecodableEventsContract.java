package dev.eventscope.runtime.store;

import static dev.eventscope.runtime.store.StoreFixtures.aggregateId;
import static dev.eventscope.runtime.store.StoreFixtures.deadLetter;
import static dev.eventscope.runtime.store.StoreFixtures.orderPlaced;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a durable store answers for events it holds but cannot decode — a body that is not JSON, a
 * type nobody registered, a schema version from a newer build — each written straight into the
 * store's own format by a subclass: they are read as undecodable events with the reason, at their
 * position, and the events after them are read as usual.
 */
public abstract class UndecodableEventsContract {
  protected StoreBackend backend;
  protected EventStore store;

  protected abstract StoreBackend openBackend();

  /** Writes one event the way another tool (or a newer build, or a bad disk) left it, version 1 of its stream. */
  protected abstract void writeStoredEvent(String aggregateId, String type, int schemaVersion, String payload);

  @BeforeEach
  void openStore() {
    backend = openBackend();
    store = backend.events();
  }

  @AfterEach
  void closeStore() {
    backend.close();
  }

  private static String validPayload() {
    return StoreFixtures.CODEC.payloadTree(orderPlaced(UUID.randomUUID()).payload()).toString();
  }

  @Test
  void corrupt_unknown_and_future_events_are_read_with_their_reason_and_the_events_after_them_still_come() {
    String good = aggregateId();
    String corrupt = aggregateId();
    String unknown = aggregateId();
    String future = aggregateId();
    store.append(good, 0, List.of(orderPlaced(UUID.randomUUID())));
    writeStoredEvent(corrupt, "OrderPlaced", 2, "{\"orderId\": \"3f1d\", \"lines\": [");
    writeStoredEvent(unknown, "OrderTeleported", 1, "{\"orderId\":\"" + UUID.randomUUID() + "\"}");
    writeStoredEvent(future, "OrderPlaced", 99, validPayload());
    String after = aggregateId();
    store.append(after, 0, List.of(orderPlaced(UUID.randomUUID())));

    List<StoredEvent> all = store.readAll(0, 100);

    assertThat(all).extracting(StoredEvent::aggregateId).containsExactly(good, corrupt, unknown, future, after);
    assertThat(all).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(all.get(0).payload()).isInstanceOf(OrderPlaced.class);
    assertThat(all.get(4).payload()).isInstanceOf(OrderPlaced.class);
    assertThat(all.get(1).undecodableReason()).startsWith("the stored payload is not JSON");
    assertThat(all.get(2).undecodableReason()).contains("unknown message type 'OrderTeleported'");
    assertThat(all.get(3).undecodableReason()).contains("schema version 99 is newer than this build knows");
    assertThat(store.lastPosition()).isEqualTo(all.get(4).position());
    assertThat(scanned(0, store.lastPosition())).as("a long scan reads them as readAll does").isEqualTo(all);
  }

  private List<StoredEvent> scanned(long after, long until) {
    List<StoredEvent> read = new java.util.ArrayList<>();
    try (EventScan scan = store.scan(after, until, 2)) {
      for (List<StoredEvent> page = scan.next(); !page.isEmpty(); page = scan.next()) read.addAll(page);
    }
    return read;
  }

  @Test
  void an_undecodable_event_keeps_the_envelope_fields_that_could_be_read() {
    String unknown = aggregateId();
    writeStoredEvent(unknown, "OrderTeleported", 3, "{\"orderId\":\"x\"}");

    StoredEvent read = store.readStream(unknown, 0).get(0);

    assertThat(read.undecodable()).isTrue();
    assertThat(read.type()).isEqualTo("OrderTeleported");
    assertThat(read.envelope().schemaVersion()).isEqualTo(3);
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.context()).isEqualTo("orders");
    assertThat(((UndecodableEvent) read.payload()).stored().path("orderId").asText()).isEqualTo("x");
  }

  @Test
  void an_undecodable_event_parked_as_a_dead_letter_comes_back_as_it_was_stored() {
    String corrupt = aggregateId();
    writeStoredEvent(corrupt, "OrderPlaced", 2, "{not json");
    StoredEvent read = store.readStream(corrupt, 0).get(0);

    backend.deadLetters().park(deadLetter(read, "order-summary"));

    StoredEvent parked = backend.deadLetters().list().get(0).event();
    assertThat(parked.undecodable()).isTrue();
    assertThat(parked.undecodableReason()).isEqualTo(read.undecodableReason());
    assertThat(((UndecodableEvent) parked.payload()).stored().asText()).isEqualTo("{not json");
    assertThat(parked.position()).isEqualTo(read.position());
  }
}

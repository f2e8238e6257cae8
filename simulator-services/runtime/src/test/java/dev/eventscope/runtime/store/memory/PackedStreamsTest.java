package dev.eventscope.runtime.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.runtime.store.StoreFixtures;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The packed rows and stream heads across many chunks and table growths, and read while written. */
class PackedStreamsTest {
  private final InMemoryEventStore store = new InMemoryEventStore();

  @Test
  void thousands_of_interleaved_streams_each_read_back_whole_and_in_order() {
    List<UUID> orders = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) orders.add(UUID.randomUUID());
    for (int version = 0; version < 3; version++) {
      for (UUID order : orders) {
        store.append(order.toString(), version, List.of(version == 0 ? StoreFixtures.orderPlaced(order) : StoreFixtures.orderConfirmed(order)));
      }
    }

    assertThat(store.lastPosition()).isEqualTo(9_000);
    for (UUID order : orders) {
      List<StoredEvent> stream = store.readStream(order.toString(), 0);
      assertThat(stream).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
      assertThat(stream).allMatch(event -> event.aggregateId().equals(order.toString()));
      assertThat(store.readStream(order.toString(), 2)).extracting(StoredEvent::version).containsExactly(3L);
    }
    assertThat(store.readStream(UUID.randomUUID().toString(), 0)).isEmpty();
  }

  @Test
  void streams_whose_ids_share_a_hash_code_stay_apart_through_table_growth() {
    // "Aa" and "BB" share a hashCode, so every id made of them shares one with all others of its length.
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder id = new StringBuilder();
      for (int i = 0; i < 8; i++) id.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      ids.add(id.toString());
    }
    assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
    UUID order = UUID.randomUUID();
    for (int version = 0; version < 2; version++) {
      for (String id : ids) {
        store.append(id, version, List.of(version == 0 ? StoreFixtures.orderPlaced(order) : StoreFixtures.orderConfirmed(order)));
      }
    }

    for (String id : ids) {
      assertThat(store.readStream(id, 0)).extracting(StoredEvent::version).containsExactly(1L, 2L);
      assertThat(store.readStream(id, 0)).allMatch(event -> event.aggregateId().equals(id));
    }
    assertThat(store.readStream("AaAaAaAaAaAaAaBBBB", 0)).isEmpty();
  }

  @Test
  void every_envelope_field_reads_back_as_written_whatever_its_time_and_causation() {
    UUID order = UUID.randomUUID();
    Envelope<Event> first = StoreFixtures.orderPlaced(order);
    List<Envelope<Event>> written = List.of(
        first,
        at(first.<Event>causes(new OrderConfirmed(order), 1, "orders"), Instant.parse("1500-03-01T10:15:30.123456789Z")),
        at(first.<Event>causes(new OrderConfirmed(order), 1, "orders"), Instant.parse("1969-12-31T23:59:59.999999999Z")),
        at(first.<Event>causes(new OrderConfirmed(order), 1, "orders").asReplay(), Instant.parse("3000-01-01T00:00:00.000000001Z")),
        withCausation(first.<Event>causes(new OrderConfirmed(order), 1, "orders"), first.correlationId()));

    store.append(order.toString(), 0, written);

    List<StoredEvent> read = store.readStream(order.toString(), 0);
    for (int i = 0; i < written.size(); i++) {
      assertThat(read.get(i).envelope()).isEqualTo(written.get(i).inStream(order.toString(), i + 1L));
    }
    assertThat(read.get(0).envelope().causationId()).isNull();
  }

  private static Envelope<Event> at(Envelope<Event> e, Instant time) {
    return new Envelope<>(e.messageId(), e.type(), e.schemaVersion(), e.correlationId(), e.causationId(), time, e.source(), e.replay(),
        null, 0, e.payload());
  }

  private static Envelope<Event> withCausation(Envelope<Event> e, UUID causation) {
    return new Envelope<>(e.messageId(), e.type(), e.schemaVersion(), e.correlationId(), causation, e.occurredAt(), e.source(),
        e.replay(), null, 0, e.payload());
  }

  @Test
  void a_stream_read_while_others_are_appended_is_always_a_whole_prefix() throws Exception {
    String watched = UUID.randomUUID().toString();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        while (writing.get()) {
          List<StoredEvent> stream = store.readStream(watched, 0);
          for (int i = 0; i < stream.size(); i++) assertThat(stream.get(i).version()).isEqualTo(i + 1L);
        }
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    reader.start();
    for (int i = 0; i < 20_000; i++) {
      UUID other = UUID.randomUUID();
      store.append(other.toString(), 0, List.of(StoreFixtures.orderPlaced(other)));
      if (i % 100 == 0) store.append(watched, i / 100, List.of(StoreFixtures.orderConfirmed(UUID.randomUUID())));
    }
    writing.set(false);
    reader.join();

    assertThat(failure.get()).isNull();
    assertThat(store.readStream(watched, 0)).hasSize(200);
  }
}

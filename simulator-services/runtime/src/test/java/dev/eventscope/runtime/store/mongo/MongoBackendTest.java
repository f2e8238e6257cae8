package dev.eventscope.runtime.store.mongo;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static dev.eventscope.runtime.store.StoreFixtures.aggregateId;
import static dev.eventscope.runtime.store.StoreFixtures.orderEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.store.StoreUnavailableException;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** What only the MongoDB store does: holes, safe descriptions, connection errors, read models. */
class MongoBackendTest {
  private static final MongoTestServer server = MongoTestServer.shared();

  record Row(String id, String status, long totalCents, List<String> skus, Instant placedAt) {}

  @Test
  void a_hole_left_by_another_writer_holds_readers_back_until_the_bound_passes() {
    String database = MongoTestServer.freshDatabase();
    try (MongoBackend backend = new MongoBackend(server.uri(), database, CODEC, Duration.ofSeconds(1))) {
      reservePositionElsewhere(database); // position 1: reserved by a writer that will never insert it
      StoredEvent second = backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1)).get(0);
      long appendedAt = System.nanoTime();

      assertThat(second.position()).isEqualTo(2);
      assertThat(backend.events().readAll(0, 10)).isEmpty();
      assertThat(backend.events().lastPosition()).isZero();

      await().atMost(Duration.ofSeconds(5)).until(() -> !backend.events().readAll(0, 10).isEmpty());
      assertThat(Duration.ofNanos(System.nanoTime() - appendedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
      assertThat(backend.events().readAll(0, 10)).containsExactly(second);
      assertThat(backend.events().lastPosition()).isEqualTo(2);
    }
  }

  @Test
  void an_event_that_commits_late_into_its_hole_is_read_in_position_order() {
    String database = MongoTestServer.freshDatabase();
    try (MongoBackend backend = new MongoBackend(server.uri(), database, CODEC, Duration.ofSeconds(30))) {
      reservePositionElsewhere(database);
      StoredEvent second = backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1)).get(0);
      assertThat(backend.events().readAll(0, 10)).isEmpty();

      new RawMongoEvents(server.uri(), database).insertOrderPlacedV1(1L, aggregateId(), UUID.randomUUID(), UUID.randomUUID());

      assertThat(backend.events().readAll(0, 10)).extracting(StoredEvent::position).containsExactly(1L, 2L);
      assertThat(backend.events().readAll(0, 10).get(1)).isEqualTo(second);
    }
  }

  @Test
  void positions_given_up_by_a_failed_append_do_not_hold_readers_back() {
    try (MongoBackend backend = new MongoBackend(server.uri(), MongoTestServer.freshDatabase(), CODEC, Duration.ofMinutes(1))) {
      List<Envelope<Event>> events = orderEvents(UUID.randomUUID(), 1);
      backend.events().append(aggregateId(), 0, events);
      // The same message in another stream fails after positions were reserved for it.
      assertThatThrownBy(() -> backend.events().append(aggregateId(), 0, events)).isInstanceOf(IllegalArgumentException.class);

      StoredEvent next = backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1)).get(0);

      assertThat(next.position()).isEqualTo(3);
      assertThat(backend.events().readAll(0, 10)).extracting(StoredEvent::position).containsExactly(1L, 3L);
      assertThat(backend.events().lastPosition()).isEqualTo(3);
    }
  }

  @Test
  void positions_continue_after_a_reconnect() {
    String database = MongoTestServer.freshDatabase();
    try (MongoBackend backend = new MongoBackend(server.uri(), database, CODEC)) {
      backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 2));
    }
    try (MongoBackend reopened = new MongoBackend(server.uri(), database, CODEC)) {
      assertThat(reopened.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1)).get(0).position()).isEqualTo(3);
      assertThat(reopened.events().lastPosition()).isEqualTo(3);
    }
  }

  @Test
  void a_counter_reset_behind_the_events_is_caught_up_instead_of_reusing_positions() {
    String database = MongoTestServer.freshDatabase();
    try (MongoBackend backend = new MongoBackend(server.uri(), database, CODEC);
         MongoClient client = MongoClients.create(server.uri())) {
      backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 2));
      client.getDatabase(database).getCollection("counters").updateOne(Filters.eq("_id", "events"), Updates.set("value", 0L));

      StoredEvent next = backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1)).get(0);

      assertThat(next.position()).isEqualTo(3);
      assertThat(backend.events().readAll(0, 10)).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void read_model_rows_live_in_rm_collections_keyed_by_row_id_and_survive_a_reconnect() {
    String database = MongoTestServer.freshDatabase();
    Row row = new Row("order-1", "PLACED", 2_500, List.of("SKU-1", "SKU-2"), Instant.parse("2024-03-01T12:00:00.123456Z"));
    try (MongoBackend backend = new MongoBackend(server.uri(), database, CODEC)) {
      assertThat(backend.durableReadModels()).isTrue();
      ReadModelStore<Row> rows = backend.readModels().open("order_summary", Row.class);
      rows.put(row.id(), row);
      rows.put("order-2", new Row("order-2", "CONFIRMED", 10, List.of(), row.placedAt()));
      rows.put("order-2", new Row("order-2", "SHIPPED", 10, List.of(), row.placedAt()));
      assertThat(rows.count()).isEqualTo(2);
    }

    try (MongoBackend reopened = new MongoBackend(server.uri(), database, CODEC);
         MongoClient client = MongoClients.create(server.uri())) {
      ReadModelStore<Row> rows = reopened.readModels().open("order_summary", Row.class);
      assertThat(rows.get("order-1")).hasValue(row);
      assertThat(rows.get("order-2")).get().extracting(Row::status).isEqualTo("SHIPPED");
      assertThat(rows.all()).hasSize(2);
      Document stored = client.getDatabase(database).getCollection("rm_order_summary").find(Filters.eq("_id", "order-1")).first();
      assertThat(stored).containsEntry("status", "PLACED").containsEntry("totalCents", 2_500L);

      rows.clear();
      assertThat(rows.count()).isZero();
      assertThat(rows.get("order-1")).isEmpty();
    }
  }

  @Test
  void the_description_names_host_and_database_but_never_credentials() {
    String uri = "mongodb://alice:s3cret@db.example.com:27017,db2.example.com/orders?authSource=admin&tls=true";

    assertThat(MongoUris.describe(uri, "orders")).isEqualTo("mongodb://db.example.com:27017,db2.example.com/orders");
    assertThat(MongoUris.masked(uri)).doesNotContain("s3cret").doesNotContain("alice").startsWith("mongodb://***@db.example.com");
    try (MongoBackend backend = MongoBackend.connect(server.uri() + "/inventory", CODEC)) {
      assertThat(backend.describe()).isEqualTo("mongodb (mongodb://" + server.hostAndPort() + "/inventory)");
      assertThat(backend.events().describe()).isEqualTo(backend.describe());
    }
  }

  @Test
  void an_unreachable_server_is_a_store_unavailable_error_naming_the_host() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String uri = "mongodb://bob:hunter2@127.0.0.1:" + closedPort + "/?serverSelectionTimeoutMS=300";

    assertThatThrownBy(() -> MongoBackend.connect(uri, CODEC))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("MongoDB at 127.0.0.1:" + closedPort + " is not reachable")
        .hasMessageNotContaining("hunter2");
  }

  /** What a writer in another process does before it dies: takes a position and never inserts it. */
  private static void reservePositionElsewhere(String database) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      MongoDatabase db = client.getDatabase(database);
      db.getCollection("counters").updateOne(Filters.eq("_id", "events"), Updates.inc("value", 1L));
    }
  }

  @Test
  void replacing_every_row_renames_a_staged_copy_over_the_live_one() {
    String database = MongoTestServer.freshDatabase();
    try (MongoBackend backend = new MongoBackend(server.uri(), database, CODEC, Duration.ofSeconds(1))) {
      ReadModelStore<Row> rows = backend.readModels().open("order_summary", Row.class);
      Instant at = Instant.parse("2024-03-01T12:00:00Z");
      rows.put("a", new Row("a", "PLACED", 1, List.of(), at));
      rows.put("b", new Row("b", "PLACED", 2, List.of(), at));

      rows.replaceAll(java.util.Map.of("b", new Row("b", "CONFIRMED", 2, List.of(), at), "c", new Row("c", "PLACED", 3, List.of(), at)));

      assertThat(rows.all()).extracting(Row::id, Row::status).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple("b", "CONFIRMED"), org.assertj.core.groups.Tuple.tuple("c", "PLACED"));
      try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(server.uri())) {
        assertThat(client.getDatabase(database).listCollectionNames().into(new java.util.ArrayList<>()))
            .as("no staging collection left behind").contains("rm_order_summary").doesNotContain("rm_order_summary.rebuild");
      }
      rows.put("d", new Row("d", "PLACED", 4, List.of(), at));
      assertThat(rows.count()).as("the store keeps writing to the renamed collection").isEqualTo(3);
    }
  }
}

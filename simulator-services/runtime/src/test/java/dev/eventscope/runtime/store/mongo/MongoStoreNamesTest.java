package dev.eventscope.runtime.store.mongo;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static dev.eventscope.runtime.store.StoreFixtures.aggregateId;
import static dev.eventscope.runtime.store.StoreFixtures.orderEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Database names and collection prefixes carried in the store's connection string, and read-only opening. */
class MongoStoreNamesTest {
  private static final MongoTestServer server = MongoTestServer.shared();
  private static MongoClient client;

  record Row(String id, long total) {}

  @BeforeAll
  static void connect() {
    client = MongoClients.create(server.uri());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  private static List<String> collections(String database) {
    return client.getDatabase(database).listCollectionNames().into(new ArrayList<>());
  }

  @Test
  void the_options_travel_in_the_connection_string_and_never_reach_the_driver() {
    String uri = MongoStoreOptions.with("mongodb://u:p@h1:27017,h2/auth?tls=true", "shop", "es 1/");

    assertThat(uri).isEqualTo("mongodb://u:p@h1:27017,h2/auth?tls=true&eventscopeDatabase=shop&eventscopeCollectionPrefix=es+1%2F");
    assertThat(MongoStoreOptions.database(uri)).isEqualTo("shop");
    assertThat(MongoStoreOptions.prefix(uri)).isEqualTo("es 1/");
    assertThat(MongoStoreOptions.driverUri(uri)).isEqualTo("mongodb://u:p@h1:27017,h2/auth?tls=true");
    assertThat(MongoUris.database(uri, "eventscope")).isEqualTo("shop");
    assertThat(MongoUris.describe(uri, "shop")).isEqualTo("mongodb://h1:27017,h2/shop");
    assertThat(MongoStoreOptions.with("mongodb+srv://cluster.example.net", "x", null)).isEqualTo("mongodb+srv://cluster.example.net/?eventscopeDatabase=x");
    assertThat(MongoStoreOptions.with(uri, "other", "")).isEqualTo("mongodb://u:p@h1:27017,h2/auth?tls=true&eventscopeDatabase=other");
    assertThat(MongoStoreOptions.prefix("mongodb://h/db")).isEmpty();
    assertThat(MongoStoreOptions.database("mongodb://h/db")).isNull();
  }

  @Test
  void names_mongodb_refuses_are_refused_first_with_the_rule() {
    assertThatThrownBy(() -> MongoNames.checkDatabase("my.db")).hasMessageContaining("holds '.'");
    assertThatThrownBy(() -> MongoNames.checkDatabase("a$b")).hasMessageContaining("holds '$'");
    assertThatThrownBy(() -> MongoNames.checkDatabase("a b")).hasMessageContaining("holds ' '");
    assertThatThrownBy(() -> MongoNames.checkDatabase("")).hasMessageContaining("cannot be empty");
    assertThatThrownBy(() -> MongoNames.checkDatabase("x".repeat(64))).hasMessageContaining("longer than 63 bytes");
    assertThatThrownBy(() -> MongoNames.checkPrefix("es$")).hasMessageContaining("'$' or NUL");
    assertThatThrownBy(() -> MongoNames.checkPrefix("a\0")).hasMessageContaining("'$' or NUL");
    assertThatThrownBy(() -> MongoNames.checkPrefix("system.x")).hasMessageContaining("reserves");
    MongoNames.checkDatabase("shop_eu-1");
    MongoNames.checkPrefix("team.a_");
  }

  @Test
  void every_collection_takes_the_prefix_in_the_named_database() {
    String uri = MongoStoreOptions.with(server.uri() + "/ignored", "named_db", "es_");
    try (MongoBackend backend = MongoBackend.connect(uri, CODEC)) {
      backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 2));
      backend.checkpoints().write("outbox", 2);
      backend.readModels().open("order-summary", Row.class).put("a", new Row("a", 3));

      assertThat(backend.describe()).isEqualTo("mongodb (mongodb://" + server.hostAndPort() + "/named_db, collections es_*)");
    }
    assertThat(collections("named_db")).contains("es_events", "es_counters", "es_checkpoints", "es_rm_order-summary")
        .noneMatch(name -> name.equals("events") || name.startsWith("rm_"));
    assertThat(collections("ignored")).isEmpty();
  }

  @Test
  void opened_read_only_it_creates_no_collection_and_no_index() {
    String database = MongoTestServer.freshDatabase();
    try (MongoBackend backend = MongoBackend.openReadOnly(server.uri() + "/" + database, null, CODEC)) {
      assertThat(backend.events().lastPosition()).isZero();
      assertThat(backend.events().readAll(0, 10)).isEmpty();
    }
    assertThat(collections(database)).isEmpty();
  }
}

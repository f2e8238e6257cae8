package dev.eventscope.runtime.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreFixtures;
import dev.eventscope.runtime.store.UndecodableEventsContract;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Bad documents written with the official driver into the {@code events} collection of the
 * in-JVM MongoDB-wire server. A body that is not JSON is a payload stored as a string.
 */
class MongoUndecodableEventsTest extends UndecodableEventsContract {
  private static MongoTestServer server;
  private String database;

  @BeforeAll
  static void startServer() {
    server = new MongoTestServer();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Override
  protected StoreBackend openBackend() {
    database = MongoTestServer.freshDatabase();
    return new MongoBackend(server.uri(), database, StoreFixtures.CODEC);
  }

  @Override
  protected void writeStoredEvent(String aggregateId, String type, int schemaVersion, String payload) {
    try (MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> events = client.getDatabase(database).getCollection("events");
      Document last = events.find().sort(Sorts.descending("_id")).first();
      long position = last == null ? 1 : ((Number) last.get("_id")).longValue() + 1;
      String messageId = UUID.randomUUID().toString();
      Object body;
      try {
        body = Document.parse(payload);
      } catch (RuntimeException notJson) {
        body = payload;
      }
      events.insertOne(new Document("_id", position)
          .append("messageId", messageId)
          .append("type", type)
          .append("schemaVersion", schemaVersion)
          .append("correlationId", messageId)
          .append("causationId", null)
          .append("occurredAt", "2024-11-29T09:00:00Z")
          .append("source", "orders")
          .append("aggregateId", aggregateId)
          .append("version", 1L)
          .append("payload", body)
          .append("storedAt", new Date()));
    }
  }
}

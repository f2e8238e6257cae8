package dev.eventscope.runtime.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import dev.eventscope.runtime.store.StoreFixtures;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;

/** Writes event documents with the plain driver, as an older Eventscope or another tool left them. */
final class RawMongoEvents {
  private final String uri;
  private final String database;

  RawMongoEvents(String uri, String database) {
    this.uri = uri;
    this.database = database;
  }

  /** An OrderPlaced at schema version 1 (no currency), first in its stream, without commit fields. */
  void insertOrderPlacedV1(long position, String aggregateId, UUID orderId, UUID messageId) {
    insert(position, messageId.toString(), aggregateId, "OrderPlaced", 1, Document.parse(StoreFixtures.orderPlacedV1Payload(orderId)),
        "2023-05-01T10:15:30Z");
  }

  /**
   * Version 1 of a stream, after the last stored position, with whatever type, schema version and
   * payload a test wants; a payload that is not JSON is stored as a string.
   */
  void insertAfterLast(String aggregateId, String type, int schemaVersion, String payload) {
    Object body;
    try {
      body = Document.parse(payload);
    } catch (RuntimeException notJson) {
      body = payload;
    }
    insert(lastPosition() + 1, UUID.randomUUID().toString(), aggregateId, type, schemaVersion, body, "2024-11-29T09:00:00Z");
  }

  private long lastPosition() {
    try (MongoClient client = MongoClients.create(uri)) {
      Document last = events(client).find().sort(Sorts.descending("_id")).first();
      return last == null ? 0 : ((Number) last.get("_id")).longValue();
    }
  }

  private void insert(long position, String messageId, String aggregateId, String type, int schemaVersion, Object payload, String at) {
    try (MongoClient client = MongoClients.create(uri)) {
      events(client).insertOne(new Document("_id", position)
          .append("messageId", messageId)
          .append("type", type)
          .append("schemaVersion", schemaVersion)
          .append("correlationId", messageId)
          .append("causationId", null)
          .append("occurredAt", at)
          .append("source", "orders")
          .append("aggregateId", aggregateId)
          .append("version", 1L)
          .append("payload", payload)
          .append("storedAt", new Date()));
    }
  }

  private MongoCollection<Document> events(MongoClient client) {
    return client.getDatabase(database).getCollection("events");
  }
}

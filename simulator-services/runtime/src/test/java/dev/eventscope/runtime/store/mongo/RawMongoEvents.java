package dev.eventscope.runtime.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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
    try (MongoClient client = MongoClients.create(uri)) {
      client.getDatabase(database).getCollection("events").insertOne(new Document("_id", position)
          .append("messageId", messageId.toString())
          .append("type", "OrderPlaced")
          .append("schemaVersion", 1)
          .append("correlationId", messageId.toString())
          .append("causationId", null)
          .append("occurredAt", "2023-05-01T10:15:30Z")
          .append("source", "orders")
          .append("aggregateId", aggregateId)
          .append("version", 1L)
          .append("payload", Document.parse(StoreFixtures.orderPlacedV1Payload(orderId)))
          .append("storedAt", new Date()));
    }
  }
}

package dev.eventscope.runtime.store.mongo;

import dev.eventscope.runtime.store.EventStoreContract;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreFixtures;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoEventStoreTest extends EventStoreContract {
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
  protected boolean writeStoredV1OrderPlaced(String aggregateId, UUID orderId, UUID messageId) {
    new RawMongoEvents(server.uri(), database).insertOrderPlacedV1(1L, aggregateId, orderId, messageId);
    return true;
  }
}

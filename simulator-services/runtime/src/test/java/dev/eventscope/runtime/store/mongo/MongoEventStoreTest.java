package dev.eventscope.runtime.store.mongo;

import dev.eventscope.runtime.store.EventStoreContract;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreFixtures;
import java.util.UUID;

class MongoEventStoreTest extends EventStoreContract {
  private static final MongoTestServer server = MongoTestServer.shared();
  private String database;

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

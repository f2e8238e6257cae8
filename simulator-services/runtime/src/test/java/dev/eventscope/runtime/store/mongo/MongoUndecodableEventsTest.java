package dev.eventscope.runtime.store.mongo;

import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreFixtures;
import dev.eventscope.runtime.store.UndecodableEventsContract;

/**
 * Bad documents written with the official driver into the {@code events} collection of the
 * in-JVM MongoDB-wire server. A body that is not JSON is a payload stored as a string.
 */
class MongoUndecodableEventsTest extends UndecodableEventsContract {
  private static final MongoTestServer server = MongoTestServer.shared();
  private String database;

  @Override
  protected StoreBackend openBackend() {
    database = MongoTestServer.freshDatabase();
    return new MongoBackend(server.uri(), database, StoreFixtures.CODEC);
  }

  @Override
  protected void writeStoredEvent(String aggregateId, String type, int schemaVersion, String payload) {
    new RawMongoEvents(server.uri(), database).insertAfterLast(aggregateId, type, schemaVersion, payload);
  }
}

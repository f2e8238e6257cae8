package dev.eventscope.runtime.store.memory;

import dev.eventscope.runtime.store.EventStoreContract;
import dev.eventscope.runtime.store.StoreBackend;
import java.util.UUID;

class InMemoryEventStoreTest extends EventStoreContract {
  @Override
  protected StoreBackend openBackend() {
    return new InMemoryBackend();
  }

  @Override
  protected boolean writeStoredV1OrderPlaced(String aggregateId, UUID orderId, UUID messageId) {
    return false; // events stay objects in memory: there is no old JSON to upcast
  }
}

package dev.eventscope.services.fleet;

import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.memory.InMemoryBackend;

/**
 * A shared store with read models of this process's own, in memory: what a replica of a service
 * runs on, so the read models in the shared store keep a single writer (the first process).
 * The replica rebuilds its copies from the shared events when it starts.
 */
final class PrivateReadModels implements StoreBackend {
  private final StoreBackend shared;

  PrivateReadModels(StoreBackend shared) {
    this.shared = shared;
  }

  @Override
  public EventStore events() {
    return shared.events();
  }

  @Override
  public CheckpointStore checkpoints() {
    return shared.checkpoints();
  }

  @Override
  public DeadLetterStore deadLetters() {
    return shared.deadLetters();
  }

  @Override
  public ReadModelStores readModels() {
    return InMemoryBackend::memoryReadModel;
  }

  @Override
  public void close() {
    shared.close();
  }
}

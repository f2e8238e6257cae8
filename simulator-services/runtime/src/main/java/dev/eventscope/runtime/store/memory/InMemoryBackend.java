package dev.eventscope.runtime.store.memory;

import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import dev.eventscope.runtime.projection.memory.InMemoryReadModelStore;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreBackend;

/** Everything in memory: fast, gone when the process ends. */
public final class InMemoryBackend implements StoreBackend {
  private final InMemoryEventStore events = new InMemoryEventStore();
  private final InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
  private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();

  @Override
  public EventStore events() {
    return events;
  }

  @Override
  public CheckpointStore checkpoints() {
    return checkpoints;
  }

  @Override
  public DeadLetterStore deadLetters() {
    return deadLetters;
  }

  @Override
  public ReadModelStores readModels() {
    return InMemoryBackend::memoryReadModel;
  }

  /** In-memory rows: also what the embedded store uses (they are rebuilt from its events at start). */
  public static <T> ReadModelStore<T> memoryReadModel(String name, Class<T> rowType) {
    return new InMemoryReadModelStore<>();
  }

  @Override
  public void close() {}
}

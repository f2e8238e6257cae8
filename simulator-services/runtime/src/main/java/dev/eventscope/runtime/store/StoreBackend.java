package dev.eventscope.runtime.store;

import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.projection.ReadModelStores;

/**
 * One storage choice (memory, embedded, MongoDB) with everything that lives in it: the events,
 * the checkpoints and the parked dead letters.
 */
public interface StoreBackend extends AutoCloseable {
  EventStore events();

  CheckpointStore checkpoints();

  DeadLetterStore deadLetters();

  /** Where read models keep their rows (memory for the memory and embedded stores). */
  ReadModelStores readModels();

  /** True when read models survive a restart (so projections resume from their checkpoints). */
  default boolean durableReadModels() {
    return false;
  }

  @Override
  void close();
}

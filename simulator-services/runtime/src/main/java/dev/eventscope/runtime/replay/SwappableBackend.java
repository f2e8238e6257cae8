package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreBackend;

/** A backend whose read models can be swapped for rebuilt ones; everything else is the real backend's. */
public final class SwappableBackend implements StoreBackend {
  private final StoreBackend real;
  private final SwappableReadModels readModels;

  public SwappableBackend(StoreBackend real) {
    this.real = real;
    this.readModels = new SwappableReadModels(real.readModels(), real.durableReadModels());
  }

  @Override
  public EventStore events() {
    return real.events();
  }

  @Override
  public CheckpointStore checkpoints() {
    return real.checkpoints();
  }

  @Override
  public DeadLetterStore deadLetters() {
    return real.deadLetters();
  }

  @Override
  public SwappableReadModels readModels() {
    return readModels;
  }

  @Override
  public boolean durableReadModels() {
    return real.durableReadModels();
  }

  @Override
  public void close() {
    real.close();
  }
}

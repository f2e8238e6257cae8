package dev.eventscope.runtime.store.memory;

import dev.eventscope.runtime.store.CheckpointStore;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryCheckpointStore implements CheckpointStore {
  private final Map<String, Long> positions = new ConcurrentHashMap<>();

  @Override
  public OptionalLong read(String name) {
    Long position = positions.get(name);
    return position == null ? OptionalLong.empty() : OptionalLong.of(position);
  }

  @Override
  public void write(String name, long position) {
    positions.put(name, position);
  }
}

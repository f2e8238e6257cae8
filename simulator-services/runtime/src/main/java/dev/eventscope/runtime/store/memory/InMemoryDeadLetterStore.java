package dev.eventscope.runtime.store.memory;

import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.deadletter.DeadLetterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;

public final class InMemoryDeadLetterStore implements DeadLetterStore {
  private final Map<UUID, DeadLetter> letters = new ConcurrentSkipListMap<>();

  @Override
  public void park(DeadLetter letter) {
    letters.put(letter.id(), letter);
  }

  @Override
  public List<DeadLetter> list() {
    return new ArrayList<>(letters.values());
  }

  @Override
  public Optional<DeadLetter> find(UUID id) {
    return Optional.ofNullable(letters.get(id));
  }

  @Override
  public boolean remove(UUID id) {
    return letters.remove(id) != null;
  }
}

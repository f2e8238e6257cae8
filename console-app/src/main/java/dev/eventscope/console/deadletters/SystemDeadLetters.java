package dev.eventscope.console.deadletters;

import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.system.EventSystem;
import java.util.List;
import java.util.UUID;

/** The running system's dead letters. */
public final class SystemDeadLetters implements DeadLetterActions {
  private final EventSystem system;

  private SystemDeadLetters(EventSystem system) {
    this.system = system;
  }

  public static DeadLetterActions of(EventSystem system) {
    return new SystemDeadLetters(system);
  }

  @Override
  public List<DeadLetter> list() {
    return system.deadLetters();
  }

  @Override
  public boolean retry(UUID id) {
    return system.retryDeadLetter(id);
  }

  @Override
  public boolean discard(UUID id) {
    return system.discardDeadLetter(id);
  }
}

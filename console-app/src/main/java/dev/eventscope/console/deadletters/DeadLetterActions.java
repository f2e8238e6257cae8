package dev.eventscope.console.deadletters;

import dev.eventscope.runtime.deadletter.DeadLetter;
import java.util.List;
import java.util.UUID;

/** What the screen can do with parked messages (the running system, or a stand-in in tests). */
public interface DeadLetterActions {
  List<DeadLetter> list();

  /** True when the message (and those of its aggregate parked behind it) applied this time. */
  boolean retry(UUID id);

  boolean discard(UUID id);
}

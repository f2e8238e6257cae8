package dev.eventscope.runtime.deadletter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Parked messages, per subscriber, until someone retries or discards them. */
public interface DeadLetterStore {
  void park(DeadLetter letter);

  List<DeadLetter> list();

  Optional<DeadLetter> find(UUID id);

  /** Removes a parked message (after a successful retry, or when discarded); false if not there. */
  boolean remove(UUID id);
}

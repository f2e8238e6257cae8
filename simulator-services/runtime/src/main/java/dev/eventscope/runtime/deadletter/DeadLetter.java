package dev.eventscope.runtime.deadletter;

import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.UUID;

/** A message a subscriber failed on too often, parked with the last error. */
public record DeadLetter(UUID id, String subscriber, StoredEvent event, int attempts, String error, Instant parkedAt) {}

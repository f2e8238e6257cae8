package dev.eventscope.console.deadletters;

import dev.eventscope.runtime.deadletter.DeadLetter;
import java.time.Instant;
import java.util.UUID;

/** One parked message as the table shows it; {@code json} is the whole envelope for the detail pane. */
public record DeadLetterRow(UUID id, String subscriber, String type, String aggregateId, long version, int attempts, String error,
    Instant parkedAt, String json) {

  static DeadLetterRow of(DeadLetter letter, String json) {
    return new DeadLetterRow(letter.id(), letter.subscriber(), letter.event().type(), letter.event().aggregateId(),
        letter.event().version(), letter.attempts(), letter.error() == null ? "" : letter.error(), letter.parkedAt(), json);
  }
}

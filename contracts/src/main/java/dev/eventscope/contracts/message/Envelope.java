package dev.eventscope.contracts.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every message travels in. The payload is a plain record; everything about its journey
 * lives here. {@code aggregateId} and {@code version} are set for events (the stream and the
 * event's place in it) and empty for commands and queries.
 */
public record Envelope<T extends Message>(
    UUID messageId,
    String type,
    int schemaVersion,
    UUID correlationId,
    UUID causationId,
    Instant occurredAt,
    String source,
    boolean replay,
    String aggregateId,
    long version,
    T payload) {

  /**
   * Each message class's simple name, asked of the class once (every envelope needs it, and
   * {@link Class#getSimpleName} goes through the class's soft-referenced reflection data each time).
   */
  private static final ClassValue<String> TYPE_NAMES = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return type.getSimpleName();
    }
  };

  public Envelope {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(payload, "payload");
  }

  /** A new message that starts a flow: its own id is the correlation id. */
  public static <M extends Message> Envelope<M> first(M payload, int schemaVersion, String source) {
    Instant now = Instant.now(); // one clock read for the time and the id (every message reads it)
    UUID id = MessageIds.next(now.toEpochMilli());
    return new Envelope<>(id, typeName(payload), schemaVersion, id, null, now, source, false, null, 0, payload);
  }

  /** A message caused by this one: same correlation, causation = this message. */
  public <M extends Message> Envelope<M> causes(M payload, int schemaVersion, String source) {
    Instant now = Instant.now();
    return new Envelope<>(MessageIds.next(now.toEpochMilli()), typeName(payload), schemaVersion, correlationId, messageId, now, source,
        replay, null, 0, payload);
  }

  /** This envelope as an event at a place in its aggregate's stream. */
  public Envelope<T> inStream(String aggregateId, long version) {
    return new Envelope<>(messageId, type, schemaVersion, correlationId, causationId, occurredAt, source, replay, aggregateId, version, payload);
  }

  /** The same message marked as replayed, so side-effecting handlers can skip it. */
  public Envelope<T> asReplay() {
    return new Envelope<>(messageId, type, schemaVersion, correlationId, causationId, occurredAt, source, true, aggregateId, version, payload);
  }

  public static String typeName(Message payload) {
    return TYPE_NAMES.get(payload.getClass());
  }
}

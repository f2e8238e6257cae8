package dev.eventscope.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.json.IsoInstant;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON shapes the durable stores keep, built on the wire format of {@link JsonCodec} so a
 * stored event reads like a published one. Decoding goes through the codec, which looks the type
 * up in the registry and upcasts old schema versions; the stores themselves know no message type.
 *
 * <p>A stored event that cannot be decoded (see {@link UndecodableEvent}) is read as one with the
 * reason, never as an exception that would stop every reader at its position; writing such an event
 * again (a dead letter) keeps the payload exactly as it was stored.
 */
public final class StoredEventJson {
  private final JsonCodec codec;

  public StoredEventJson(JsonCodec codec) {
    this.codec = codec;
  }

  public JsonCodec codec() {
    return codec;
  }

  /**
   * The envelope as stored: the wire envelope without {@code replay}, which describes a delivery,
   * not the fact (an event read back from a store is always the original).
   */
  public ObjectNode envelopeTree(Envelope<? extends Message> envelope) {
    ObjectNode tree = codec.envelopeTree(envelope);
    tree.remove("replay");
    if (envelope.payload() instanceof UndecodableEvent undecodable) tree.set("payload", undecodable.stored());
    return tree;
  }

  /** A stored envelope tree back as an event envelope, its payload upcast to the current version. */
  public Envelope<Event> event(JsonNode envelopeTree) {
    Envelope<Message> decoded = codec.decode(envelopeTree);
    if (!(decoded.payload() instanceof Event)) {
      throw new ContractException("stored message " + decoded.messageId() + " is a " + decoded.type() + ", not an event");
    }
    @SuppressWarnings("unchecked")
    Envelope<Event> event = (Envelope<Event>) (Envelope<?>) decoded;
    return event;
  }

  /**
   * A stored event from its columns when its payload is at the current schema version of a
   * registered event type, read without building a tree; null whenever that does not hold or the
   * columns do not decode — the caller then takes {@link #eventOrUndecodable}, which upcasts and
   * says what is wrong.
   */
  public Envelope<Event> currentEvent(String type, int schemaVersion, UUID messageId, UUID correlationId, UUID causationId,
      String occurredAt, String source, String aggregateId, long version, byte[] payload) {
    if (type == null || messageId == null || correlationId == null || occurredAt == null) return null;
    Contract contract = codec.registry().find(type).orElse(null);
    if (contract == null || contract.version() != schemaVersion || !Event.class.isAssignableFrom(contract.type())) return null;
    try {
      Event event = (Event) codec.decodeCurrentPayload(contract, payload);
      return new Envelope<>(messageId, contract.name(), schemaVersion, correlationId, causationId, IsoInstant.parse(occurredAt), source,
          false, aggregateId, version, event);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A stored envelope tree as an event, or — when it cannot be decoded — as an event whose payload
   * is an {@link UndecodableEvent} with the reason and the envelope fields that could be read.
   * A payload that is a JSON string holds stored text that was not JSON (see {@link #parseOrText}).
   */
  public Envelope<Event> eventOrUndecodable(long position, JsonNode envelopeTree) {
    try {
      return event(envelopeTree);
    } catch (RuntimeException e) {
      return undecodable(position, envelopeTree, reason(envelopeTree, e));
    }
  }

  /** Stored text as a tree, or as a JSON string node holding the text when it is not JSON. */
  public JsonNode parseOrText(String stored) {
    try {
      return parse(stored);
    } catch (ContractException e) {
      return codec.mapper().getNodeFactory().textNode(stored);
    }
  }

  /** An event that could not be decoded, with every envelope field that could be read. */
  public Envelope<Event> undecodable(long position, JsonNode tree, String reason) {
    JsonNode node = tree == null ? codec.mapper().createObjectNode() : tree;
    UUID fallbackId = UUID.nameUUIDFromBytes(("undecodable event at position " + position).getBytes(StandardCharsets.UTF_8));
    UUID messageId = uuid(node, "messageId", fallbackId);
    JsonNode stored = node.has("payload") ? node.get("payload") : codec.mapper().nullNode();
    return new Envelope<>(
        messageId,
        node.path("type").isTextual() ? node.get("type").asText() : "unknown",
        node.path("schemaVersion").asInt(0),
        uuid(node, "correlationId", messageId),
        uuid(node, "causationId", null),
        instant(node.path("occurredAt").asText(null)),
        node.path("source").asText(null),
        false,
        node.path("aggregateId").asText(null),
        node.path("version").asLong(0),
        new UndecodableEvent(reason, stored));
  }

  private String reason(JsonNode tree, RuntimeException e) {
    JsonNode payload = tree == null ? null : tree.get("payload");
    if (payload != null && payload.isTextual()) {
      try {
        codec.mapper().readTree(payload.asText());
      } catch (JsonProcessingException notJson) {
        String problem = firstLine(notJson.getOriginalMessage());
        int marker = problem.indexOf(" (start marker");
        if (marker > 0) problem = problem.substring(0, marker);
        long column = notJson.getLocation() == null ? -1 : notJson.getLocation().getColumnNr();
        return "the stored payload is not JSON: " + problem + (column > 0 ? " (column " + column + ")" : "");
      }
    }
    return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static UUID uuid(JsonNode node, String field, UUID fallback) {
    try {
      return node.hasNonNull(field) ? UUID.fromString(node.get(field).asText()) : fallback;
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  private static Instant instant(String text) {
    try {
      return text == null ? Instant.EPOCH : Instant.parse(text);
    } catch (RuntimeException e) {
      return Instant.EPOCH;
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  public String text(JsonNode tree) {
    try {
      return codec.mapper().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new ContractException("cannot write stored JSON: " + e.getOriginalMessage(), e);
    }
  }

  public JsonNode parse(String json) {
    try {
      return codec.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new ContractException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }
}

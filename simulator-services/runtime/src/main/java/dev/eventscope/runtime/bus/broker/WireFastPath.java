package dev.eventscope.runtime.bus.broker;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.eventscope.contracts.json.IsoInstant;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes, in one streaming pass and without a JSON tree, the wire JSON as {@link EventWire#encode}
 * writes it: envelope keys first (so type and schema version are known before the payload), a
 * payload at its contract's current version (read straight into its record with the codec's
 * mapper, so the same strictness), then the position. Anything else — another key order, an old
 * schema version that needs upcasting, a value of an unexpected kind, bad input of any sort —
 * answers null, and the caller takes the general path through the tree, which also words the
 * errors. So it can only be faster, never answer differently.
 */
final class WireFastPath {
  private final ObjectMapper mapper;
  private final ContractRegistry registry;
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  WireFastPath(ObjectMapper mapper, ContractRegistry registry) {
    this.mapper = mapper;
    this.registry = registry;
  }

  /**
   * The codec mapper's reader for a payload record, with its settings, except that the payload is
   * not the end of the input here (the position follows it): the whole body's end is checked below.
   */
  private ObjectReader reader(Class<?> type) {
    return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The event, or null when the general path must decide. */
  StoredEvent decode(byte[] body) {
    try (JsonParser json = mapper.getFactory().createParser(body)) {
      return read(json);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private StoredEvent read(JsonParser json) throws IOException {
    if (json.nextToken() != JsonToken.START_OBJECT) return null;
    String messageId = null;
    String type = null;
    int schemaVersion = -1;
    String correlationId = null;
    String causationId = null;
    boolean causationSeen = false;
    String occurredAt = null;
    String source = null;
    boolean sourceSeen = false;
    Boolean replay = null;
    String aggregateId = null;
    boolean aggregateSeen = false;
    long version = -1;
    Message payload = null;
    long position = -1;
    Contract contract = null;
    for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
      if (token != JsonToken.FIELD_NAME) return null;
      String field = json.currentName();
      JsonToken value = json.nextToken();
      switch (field) {
        case "messageId" -> messageId = once(messageId, string(json, value));
        case "type" -> type = once(type, string(json, value));
        case "schemaVersion" -> schemaVersion = value == JsonToken.VALUE_NUMBER_INT && schemaVersion < 0 ? json.getIntValue() : -2;
        case "correlationId" -> correlationId = once(correlationId, string(json, value));
        case "causationId" -> {
          if (causationSeen || (value != JsonToken.VALUE_NULL && value != JsonToken.VALUE_STRING)) return null;
          causationSeen = true;
          causationId = value == JsonToken.VALUE_NULL ? null : json.getText();
        }
        case "occurredAt" -> occurredAt = once(occurredAt, string(json, value));
        case "source" -> {
          if (sourceSeen || (value != JsonToken.VALUE_NULL && value != JsonToken.VALUE_STRING)) return null;
          sourceSeen = true;
          source = value == JsonToken.VALUE_NULL ? null : json.getText();
        }
        case "replay" -> {
          if (replay != null || !value.isBoolean()) return null;
          replay = value == JsonToken.VALUE_TRUE;
        }
        case "aggregateId" -> {
          if (aggregateSeen || (value != JsonToken.VALUE_NULL && value != JsonToken.VALUE_STRING)) return null;
          aggregateSeen = true;
          aggregateId = value == JsonToken.VALUE_NULL ? null : json.getText();
        }
        case "version" -> version = value == JsonToken.VALUE_NUMBER_INT && version < 0 ? json.getLongValue() : -2;
        case "payload" -> {
          contract = type == null ? null : registry.find(type).orElse(null);
          if (payload != null || value != JsonToken.START_OBJECT || contract == null || schemaVersion != contract.version()) return null;
          payload = readers.computeIfAbsent(contract.type(), this::reader).readValue(json);
        }
        case EventWire.POSITION -> position = value == JsonToken.VALUE_NUMBER_INT && position < 0 ? json.getLongValue() : -2;
        default -> {
          return null;
        }
      }
      if (schemaVersion == -2 || version == -2 || position == -2) return null;
    }
    if (json.nextToken() != null) return null;
    if (messageId == null || correlationId == null || occurredAt == null || replay == null || !causationSeen || !sourceSeen
        || !aggregateSeen || version < 0 || position < 1 || !(payload instanceof Event event)) {
      return null;
    }
    Envelope<Event> envelope = new Envelope<>(UUID.fromString(messageId), contract.name(), contract.version(), UUID.fromString(correlationId),
        causationId == null ? null : UUID.fromString(causationId), IsoInstant.parse(occurredAt), source, replay, aggregateId, version, event);
    return new StoredEvent(position, envelope);
  }

  /** A string value; null (which ends the fast path) for anything else. */
  private static String string(JsonParser json, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) return json.getText();
    return null;
  }

  /** Refuses a key seen twice by failing the fast path. */
  private static String once(String before, String value) {
    if (before != null || value == null) throw new IllegalStateException("not the fast path");
    return value;
  }
}

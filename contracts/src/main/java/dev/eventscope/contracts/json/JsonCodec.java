package dev.eventscope.contracts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.contracts.registry.ContractRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON for envelopes and payloads. Decoding only ever produces registered types: the type comes
 * from the envelope's {@code type} name looked up in the registry, never from class names in the
 * document (no default typing). Old schema versions are upcast on the way in.
 */
public final class JsonCodec {
  private final ContractRegistry registry;
  private final ObjectMapper mapper;
  /** One reader per payload type: it keeps its deserializer, where treeToValue looks the type up each time. */
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  public JsonCodec(ContractRegistry registry) {
    this.registry = registry;
    this.mapper = newMapper();
  }

  /** The mapper every JSON surface shares: ISO dates, strict fields, bounded nesting and strings. */
  public static ObjectMapper newMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(64)
        .maxStringLength(1_000_000)
        .maxNumberLength(64)
        .build());
    return mapper;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public ContractRegistry registry() {
    return registry;
  }

  public ObjectNode payloadTree(Message payload) {
    return mapper.valueToTree(payload);
  }

  public byte[] encode(Envelope<?> envelope) {
    try {
      return mapper.writeValueAsBytes(envelopeTree(envelope));
    } catch (JsonProcessingException e) {
      throw new ContractException("cannot encode " + envelope.type() + ": " + e.getOriginalMessage(), e);
    }
  }

  public ObjectNode envelopeTree(Envelope<?> envelope) {
    ObjectNode node = mapper.createObjectNode();
    node.put("messageId", envelope.messageId().toString());
    node.put("type", envelope.type());
    node.put("schemaVersion", envelope.schemaVersion());
    node.put("correlationId", envelope.correlationId().toString());
    node.put("causationId", envelope.causationId() == null ? null : envelope.causationId().toString());
    node.put("occurredAt", envelope.occurredAt().toString());
    node.put("source", envelope.source());
    node.put("replay", envelope.replay());
    node.put("aggregateId", envelope.aggregateId());
    node.put("version", envelope.version());
    node.set("payload", payloadTree(envelope.payload()));
    return node;
  }

  public Envelope<Message> decode(byte[] json) {
    try {
      return decode(mapper.readTree(json));
    } catch (IOException e) {
      throw new ContractException("not a JSON envelope: " + firstLine(e), e);
    }
  }

  public Envelope<Message> decode(JsonNode node) {
    if (node == null || !node.isObject()) throw new ContractException("an envelope must be a JSON object");
    Contract contract = registry.require(text(node, "type"));
    int version = node.path("schemaVersion").asInt(contract.version());
    Message payload = decodePayload(contract, version, node.get("payload"));
    return new Envelope<>(
        UUID.fromString(text(node, "messageId")),
        contract.name(),
        contract.version(),
        UUID.fromString(text(node, "correlationId")),
        node.hasNonNull("causationId") ? UUID.fromString(node.get("causationId").asText()) : null,
        IsoInstant.parse(text(node, "occurredAt")),
        node.path("source").asText(null),
        node.path("replay").asBoolean(false),
        node.path("aggregateId").asText(null),
        node.path("version").asLong(0),
        payload);
  }

  /** A payload of the named type, at the given stored schema version. */
  public Message decodePayload(Contract contract, int version, JsonNode payload) {
    if (payload == null || !payload.isObject()) {
      throw new ContractException(contract.name() + ": the payload must be a JSON object");
    }
    // Upcasters may edit the tree they get: give them a copy, and copy nothing when none runs.
    ObjectNode stored = (ObjectNode) payload;
    ObjectNode current = version == contract.version() ? stored : registry.upcast(contract, version, stored.deepCopy());
    try {
      return readers.computeIfAbsent(contract.type(), mapper::readerFor).readValue(current);
    } catch (IOException e) {
      throw new ContractException(contract.name() + ": " + firstLine(e), e);
    }
  }

  /**
   * A stored payload's JSON text (UTF-8, as a driver hands it over) at the contract's current version, read straight into its record
   * (no tree in between): the stores' fast path. Anything else (an older version, bad JSON) is a
   * {@link ContractException}; callers then take the tree path, which upcasts and reports.
   */
  public Message decodeCurrentPayload(Contract contract, byte[] utf8Json) {
    try {
      return readers.computeIfAbsent(contract.type(), mapper::readerFor).readValue(utf8Json);
    } catch (IOException e) {
      throw new ContractException(contract.name() + ": " + firstLine(e), e);
    }
  }

  /** A payload from a client (HTTP, console): the current schema version of a named type. */
  public Message decodePayload(String typeName, byte[] json) {
    Contract contract = registry.require(typeName);
    try {
      return decodePayload(contract, contract.version(), mapper.readTree(json));
    } catch (IOException e) {
      throw new ContractException(typeName + ": " + firstLine(e), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || !value.isTextual()) {
      throw new ContractException("envelope field '" + field + "' is missing or not a string");
    }
    return value.asText();
  }

  private static String firstLine(Exception e) {
    String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    if (message == null) return e.getClass().getSimpleName();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

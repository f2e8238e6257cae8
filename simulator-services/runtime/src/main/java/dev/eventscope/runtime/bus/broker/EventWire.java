package dev.eventscope.runtime.bus.broker;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes a stored event as the documented wire JSON (the envelope keys plus {@code position},
 * which subscribers need to know how far they got) and decodes it back through the contract
 * registry, so only registered types ever come off a broker.
 */
public final class EventWire {
  public static final String MESSAGE_ID = "es-message-id";
  public static final String TYPE = "es-type";
  public static final String CORRELATION_ID = "es-correlation-id";
  public static final String CAUSATION_ID = "es-causation-id";
  public static final String POSITION = "position";

  private final JsonCodec codec;
  private final WireFastPath fastPath;

  public EventWire(JsonCodec codec) {
    this.codec = codec;
    this.fastPath = new WireFastPath(codec.mapper(), codec.registry());
  }

  /**
   * The envelope's keys in the codec's order ({@code JsonCodec.envelopeTree}), then the position,
   * written straight to bytes: the same JSON as serialising the envelope's tree, without building
   * the tree (and the payload's tree inside it) for every event published.
   */
  public byte[] encode(StoredEvent event) {
    Envelope<Event> envelope = event.envelope();
    ObjectMapper mapper = codec.mapper();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(512)) {
      try (JsonGenerator json = mapper.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
        json.writeStartObject();
        json.writeStringField("messageId", envelope.messageId().toString());
        json.writeStringField("type", envelope.type());
        json.writeNumberField("schemaVersion", envelope.schemaVersion());
        json.writeStringField("correlationId", envelope.correlationId().toString());
        json.writeStringField("causationId", envelope.causationId() == null ? null : envelope.causationId().toString());
        json.writeStringField("occurredAt", envelope.occurredAt().toString());
        json.writeStringField("source", envelope.source());
        json.writeBooleanField("replay", envelope.replay());
        json.writeStringField("aggregateId", envelope.aggregateId());
        json.writeNumberField("version", envelope.version());
        json.writeFieldName("payload");
        mapper.writeValue(json, envelope.payload());
        json.writeNumberField(POSITION, event.position());
        json.writeEndObject();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new ContractException("cannot encode event " + event.position() + ": " + e.getMessage(), e);
    }
  }

  /** @throws ContractException when the bytes are not a registered event with a position */
  public StoredEvent decode(byte[] body) {
    StoredEvent fast = fastPath.decode(body);
    if (fast != null) return fast;
    JsonNode tree;
    try {
      tree = codec.mapper().readTree(body);
    } catch (IOException e) {
      throw new ContractException("not a JSON envelope: " + e.getMessage(), e);
    }
    if (tree == null || !tree.isObject()) throw new ContractException("an envelope must be a JSON object");
    JsonNode position = ((ObjectNode) tree).remove(POSITION);
    if (position == null || !position.canConvertToLong() || position.asLong() < 1) {
      throw new ContractException("the envelope carries no store position");
    }
    Envelope<Message> envelope = codec.decode(tree);
    if (!(envelope.payload() instanceof Event)) {
      throw new ContractException("message " + envelope.messageId() + " is a " + envelope.type() + ", not an event");
    }
    @SuppressWarnings("unchecked")
    Envelope<Event> event = (Envelope<Event>) (Envelope<?>) envelope;
    return new StoredEvent(position.asLong(), event);
  }

  /** The ids as broker headers, for tools that route or trace without parsing the body. */
  public static Map<String, String> headers(StoredEvent event) {
    Envelope<Event> envelope = event.envelope();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(MESSAGE_ID, envelope.messageId().toString());
    headers.put(TYPE, envelope.type());
    headers.put(CORRELATION_ID, envelope.correlationId().toString());
    if (envelope.causationId() != null) headers.put(CAUSATION_ID, envelope.causationId().toString());
    return headers;
  }
}

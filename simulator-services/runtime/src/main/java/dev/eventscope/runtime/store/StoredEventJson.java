package dev.eventscope.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.ContractException;

/**
 * The JSON shapes the durable stores keep, built on the wire format of {@link JsonCodec} so a
 * stored event reads like a published one. Decoding goes through the codec, which looks the type
 * up in the registry and upcasts old schema versions; the stores themselves know no message type.
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

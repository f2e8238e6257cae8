package dev.eventscope.console.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.store.StoredEvent;

/** An event as JSON the way the wire carries it: the whole envelope with its payload. */
public final class EventJson {
  private final JsonCodec codec;

  public EventJson(JsonCodec codec) {
    this.codec = codec;
  }

  /** Pretty, for the detail pane and the clipboard. */
  public JsonCodec codec() {
    return codec;
  }

  public String envelope(StoredEvent event) {
    try {
      return codec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(codec.envelopeTree(event.envelope()));
    } catch (JsonProcessingException e) {
      return "(cannot show this event as JSON: " + e.getOriginalMessage() + ")";
    }
  }

  /** Compact payload text, for the free-text filter. */
  public String payload(StoredEvent event) {
    return codec.payloadTree(event.payload()).toString();
  }
}

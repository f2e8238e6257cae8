package dev.eventscope.runtime.store.mongo;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.StoredEventJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.bson.RawBsonDocument;

/**
 * An event document read once, field by field, from the bytes the driver received: the fast path
 * for long scans. It takes only the shape this store writes (text ids and times, integer version
 * numbers, the payload a document) at a payload's current schema version; anything else answers
 * null and goes the whole way through {@link BsonJson} and the codec, which upcasts and explains
 * what is wrong.
 */
final class RawEventDocument {
  private static final byte[] ID = ascii("_id");
  private static final byte[] MESSAGE_ID = ascii("messageId");
  private static final byte[] TYPE = ascii("type");
  private static final byte[] SCHEMA_VERSION = ascii("schemaVersion");
  private static final byte[] CORRELATION_ID = ascii("correlationId");
  private static final byte[] CAUSATION_ID = ascii("causationId");
  private static final byte[] OCCURRED_AT = ascii("occurredAt");
  private static final byte[] SOURCE = ascii("source");
  private static final byte[] AGGREGATE_ID = ascii("aggregateId");
  private static final byte[] VERSION = ascii("version");
  private static final byte[] PAYLOAD = ascii("payload");

  private long position = -1;
  private UUID messageId;
  private String type;
  private long schemaVersion = -1;
  private UUID correlationId;
  private UUID causationId;
  private boolean unreadable;
  private String occurredAt;
  private String source;
  private String aggregateId;
  private long version = -1;
  private byte[] payload;

  private RawEventDocument() {}

  /** The stored event, or null when the document is not in the one shape read here. */
  static StoredEvent read(RawBsonDocument document, StoredEventJson json) {
    RawEventDocument fields = new RawEventDocument();
    try {
      ByteBuffer bytes = document.getByteBuffer().asNIO();
      if (!bytes.hasArray()) return null;
      fields.read(new BsonBytes(bytes.array(), bytes.arrayOffset() + bytes.position()));
    } catch (RuntimeException e) {
      return null;
    }
    if (fields.unreadable || fields.position < 0 || fields.payload == null || fields.schemaVersion < 0 || fields.schemaVersion > Integer.MAX_VALUE
        || fields.version < 0) {
      return null;
    }
    Envelope<Event> event = json.currentEvent(fields.type, (int) fields.schemaVersion, fields.messageId, fields.correlationId,
        fields.causationId, fields.occurredAt, fields.source, fields.aggregateId, fields.version, fields.payload);
    return event == null ? null : new StoredEvent(fields.position, event);
  }

  private void read(BsonBytes element) {
    while (element.next()) {
      if (element.named(ID)) position = number(element);
      else if (element.named(MESSAGE_ID)) messageId = uuid(element);
      else if (element.named(TYPE)) type = text(element);
      else if (element.named(SCHEMA_VERSION)) schemaVersion = number(element);
      else if (element.named(CORRELATION_ID)) correlationId = uuid(element);
      else if (element.named(CAUSATION_ID)) causationId = uuid(element);
      else if (element.named(OCCURRED_AT)) occurredAt = text(element);
      else if (element.named(SOURCE)) source = text(element);
      else if (element.named(AGGREGATE_ID)) aggregateId = text(element);
      else if (element.named(VERSION)) version = number(element);
      else if (element.named(PAYLOAD) && element.kind() == BsonBytes.DOCUMENT) payload = element.documentAsJson();
      else element.skip();
    }
  }

  /** Text, or null for a null or a value of another kind (which the checks after reading turn away where it matters). */
  private static String text(BsonBytes element) {
    if (element.kind() == BsonBytes.STRING) return element.string();
    element.skip();
    return null;
  }

  /** A UUID in canonical text; null for a null; anything else makes the document one for the codec's way. */
  private UUID uuid(BsonBytes element) {
    if (element.kind() == BsonBytes.STRING) {
      UUID id = element.uuid();
      if (id == null) unreadable = true;
      return id;
    }
    if (element.kind() != BsonBytes.NULL) unreadable = true;
    element.skip();
    return null;
  }

  /** A whole number, or -1 for anything else. */
  private static long number(BsonBytes element) {
    if (element.kind() == BsonBytes.INT32) return element.int32();
    if (element.kind() == BsonBytes.INT64) return element.int64();
    element.skip();
    return -1;
  }

  private static byte[] ascii(String name) {
    return name.getBytes(StandardCharsets.US_ASCII);
  }
}

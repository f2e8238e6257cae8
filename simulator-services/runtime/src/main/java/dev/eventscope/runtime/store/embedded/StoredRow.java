package dev.eventscope.runtime.store.embedded;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.AsciiUuid;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.StoredEventJson;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One row of the {@code events} table as the driver hands it over: numbers, and text as its UTF-8
 * bytes. Taking the bytes is the driver's cheapest path (its {@code getString} wraps every value in
 * a direct buffer first), and it leaves all decoding to {@link #decode}, outside the read lock.
 */
record StoredRow(long position, byte[] aggregateId, long version, byte[] messageId, byte[] type, int schemaVersion,
    byte[] correlationId, byte[] causationId, byte[] occurredAt, byte[] source, byte[] payload) {

  /** The columns {@link #of} reads, in this order. */
  static final String COLUMNS =
      "position, aggregate_id, version, message_id, type, schema_version, correlation_id, causation_id, occurred_at, source, payload";

  static StoredRow of(ResultSet row) throws SQLException {
    return new StoredRow(row.getLong(1), row.getBytes(2), row.getLong(3), row.getBytes(4), row.getBytes(5), row.getInt(6),
        row.getBytes(7), row.getBytes(8), row.getBytes(9), row.getBytes(10), row.getBytes(11));
  }

  /** The event; a row the codec cannot decode is read as an undecodable event with the reason. */
  StoredEvent decode(StoredEventJson json, StoredNames names) {
    UUID causation = AsciiUuid.parse(causationId);
    Envelope<Event> fast = causationId != null && causation == null ? null
        : json.currentEvent(names.of(type), schemaVersion, AsciiUuid.parse(messageId), AsciiUuid.parse(correlationId), causation,
            text(occurredAt), names.of(source), text(aggregateId), version, payload);
    return new StoredEvent(position, fast != null ? fast : json.eventOrUndecodable(position, envelopeTree(json)));
  }

  /** The row in the codec's envelope shape, so the codec decodes (and upcasts) it like a wire message. */
  private ObjectNode envelopeTree(StoredEventJson json) {
    ObjectNode tree = json.codec().mapper().createObjectNode();
    tree.put("messageId", text(messageId));
    tree.put("type", text(type));
    tree.put("schemaVersion", schemaVersion);
    tree.put("correlationId", text(correlationId));
    tree.put("causationId", text(causationId));
    tree.put("occurredAt", text(occurredAt));
    tree.put("source", text(source));
    tree.put("aggregateId", text(aggregateId));
    tree.put("version", version);
    tree.set("payload", json.parseOrText(text(payload)));
    return tree;
  }

  private static String text(byte[] utf8) {
    return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
  }
}

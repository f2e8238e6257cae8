package dev.eventscope.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.MessageKind;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/events}: the stored events by position, filtered by type, aggregate and
 * correlation. A filtered page scans a bounded number of events, so one request never reads the
 * whole store; {@code next} says where to continue.
 */
final class EventRoutes {
  static final int MAX_LIMIT = 1000;
  private static final int MAX_SCANNED = 20_000;
  private static final int BATCH = 1000;

  private final EventStore store;
  private final JsonCodec codec;

  EventRoutes(EventStore store, JsonCodec codec) {
    this.store = store;
    this.codec = codec;
  }

  void list(Context ctx) {
    long after = Requests.longParam(ctx, "after", 0, 0, Long.MAX_VALUE);
    int limit = (int) Requests.longParam(ctx, "limit", 100, 1, MAX_LIMIT);
    String type = ctx.queryParam("type");
    if (type != null && !type.isEmpty() && codec.registry().find(type).filter(c -> c.kind() == MessageKind.EVENT).isEmpty()) {
      throw ApiProblem.badRequest("type '" + Requests.shorten(type) + "' is not a registered event type", "type");
    }
    String aggregateId = ctx.queryParam("aggregateId");
    String correlationText = ctx.queryParam("correlationId");
    UUID correlation = correlationText == null || correlationText.isEmpty() ? null : Requests.uuid(correlationText, "correlationId");
    boolean filtered = (type != null && !type.isEmpty()) || (aggregateId != null && !aggregateId.isEmpty()) || correlation != null;

    ArrayNode events = codec.mapper().createArrayNode();
    long cursor = after;
    int scanned = 0;
    boolean exhausted = false;
    while (events.size() < limit && scanned < MAX_SCANNED) {
      List<StoredEvent> page = store.readAll(cursor, filtered ? BATCH : limit - events.size());
      if (page.isEmpty()) {
        exhausted = true;
        break;
      }
      for (StoredEvent event : page) {
        cursor = event.position();
        scanned++;
        if (matches(event, type, aggregateId, correlation)) {
          events.add(tree(event));
          if (events.size() == limit) break;
        }
      }
    }
    ObjectNode answer = codec.mapper().createObjectNode();
    answer.set("events", events);
    answer.put("next", cursor);
    long last = store.lastPosition();
    answer.put("more", !exhausted && cursor < last);
    answer.put("lastPosition", last);
    Json.ok(ctx, answer);
  }

  ObjectNode tree(StoredEvent event) {
    ObjectNode node = codec.mapper().createObjectNode();
    node.put("position", event.position());
    node.setAll(codec.envelopeTree(event.envelope()));
    return node;
  }

  private static boolean matches(StoredEvent event, String type, String aggregateId, UUID correlation) {
    if (type != null && !type.isEmpty() && !type.equals(event.type())) return false;
    if (aggregateId != null && !aggregateId.isEmpty() && !aggregateId.equals(event.aggregateId())) return false;
    return correlation == null || correlation.equals(event.envelope().correlationId());
  }
}

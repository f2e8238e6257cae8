package dev.eventscope.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.runtime.trace.Hop;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code GET /api/traces/{correlationId}}: one flow's hops and its causation tree (message → the messages it caused). */
final class TraceRoutes {
  private final TraceIndex index;
  private final ObjectMapper mapper;

  TraceRoutes(TraceIndex index, ObjectMapper mapper) {
    this.index = index;
    this.mapper = mapper;
  }

  void trace(Context ctx) {
    UUID correlation = Requests.uuid(ctx.pathParam("correlationId"), "correlationId");
    List<Hop> hops = index.flow(correlation);
    if (hops.isEmpty()) {
      throw ApiProblem.notFound("Trace not found", "no recent flow with correlation id " + correlation
          + " (the API keeps the most recent flows it saw since it started)");
    }
    Map<UUID, ObjectNode> messages = new LinkedHashMap<>();
    Map<UUID, UUID> causes = new LinkedHashMap<>();
    for (Hop hop : hops) {
      if (hop.messageId() == null) continue;
      ObjectNode message = messages.computeIfAbsent(hop.messageId(), id -> {
        ObjectNode node = mapper.createObjectNode();
        node.put("messageId", id.toString());
        node.put("type", hop.messageType());
        node.put("causationId", hop.causationId() == null ? null : hop.causationId().toString());
        node.putArray("hops");
        node.putArray("caused");
        return node;
      });
      ((ArrayNode) message.get("hops")).add(mapper.valueToTree(hop));
      if (hop.causationId() != null) causes.putIfAbsent(hop.messageId(), hop.causationId());
    }
    ArrayNode roots = mapper.createArrayNode();
    messages.forEach((id, node) -> {
      ObjectNode parent = causes.containsKey(id) ? messages.get(causes.get(id)) : null;
      if (parent == null || parent == node) {
        roots.add(node);
      } else {
        ((ArrayNode) parent.get("caused")).add(node);
      }
    });
    ObjectNode answer = mapper.createObjectNode();
    answer.put("correlationId", correlation.toString());
    answer.put("hopCount", hops.size());
    answer.set("tree", roots);
    Json.ok(ctx, answer);
  }
}

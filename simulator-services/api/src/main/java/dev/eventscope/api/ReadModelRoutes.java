package dev.eventscope.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.subscriber.ReliableSubscriber;
import dev.eventscope.runtime.system.EventSystem;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The read models of this process, row by row: what a query answers from, shown whole — to look
 * at, and for checks from outside the process (a fleet's consistency check compares them with a
 * rebuild from the service's store).
 */
final class ReadModelRoutes {
  private final EventSystem system;
  private final ObjectMapper mapper;

  ReadModelRoutes(EventSystem system, ObjectMapper mapper) {
    this.system = system;
    this.mapper = mapper;
  }

  void list(Context ctx) {
    ArrayNode list = mapper.createArrayNode();
    for (Projection projection : projections()) {
      list.addObject().put("name", projection.name()).put("rows", projection.rows().size());
    }
    Json.ok(ctx, list);
  }

  void rows(Context ctx) {
    String name = ctx.pathParam("name");
    Projection projection = projections().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> ApiProblem.notFound("Unknown read model",
            "'" + Requests.shorten(name) + "' is not a read model here; GET /api/read-models lists them"));
    ObjectNode answer = mapper.createObjectNode().put("name", projection.name());
    ObjectNode rows = answer.putObject("rows");
    for (Map.Entry<String, ?> row : projection.rows().entrySet()) rows.set(row.getKey(), mapper.valueToTree(row.getValue()));
    Json.ok(ctx, answer);
  }

  private List<Projection> projections() {
    return system.subscribers().stream().map(ReliableSubscriber::subscriber)
        .filter(Projection.class::isInstance).map(Projection.class::cast).toList();
  }
}

package dev.eventscope.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code /api/replays} part of the OpenAPI document: the start request's schema and the replay's shape. */
final class ReplayPaths {
  private ReplayPaths() {}

  static void add(ObjectNode paths, ObjectNode schemas, ObjectMapper mapper) {
    schemas.set("ReplayRequest", request(mapper));
    schemas.set("Replay", replay(mapper));
    ObjectNode start = paths.putObject("/api/replays").putObject("post");
    start.put("operationId", "startReplay").put("summary", "Start a replay of stored events into projections, handlers or the bus; "
        + "409 'Confirmation required' (with the number of events and the targets) until confirm is true for the bus "
        + "or a large replay on a non-local store; 409 while another replay runs").putArray("tags").add("replays");
    start.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
        .putObject("schema").put("$ref", "#/components/schemas/ReplayRequest");
    ObjectNode started = start.putObject("responses");
    replayResponse(started, "202", "Started; Location names the replay");
    OpenApiDocument.problems(started, "400", "409", "413", "415");
    ObjectNode list = ((ObjectNode) paths.get("/api/replays")).putObject("get");
    list.put("operationId", "listReplays").put("summary", "The recent replays, oldest first").putArray("tags").add("replays");
    ObjectNode listed = list.putObject("responses");
    listed.putObject("200").put("description", "OK").putObject("content").putObject("application/json").putObject("schema")
        .put("type", "array").putObject("items").put("$ref", "#/components/schemas/Replay");
    operation(paths, "/api/replays/{id}", "get", "getReplay", "A replay's state, progress (count, rate, ETA) and, once ended, its report");
    for (String action : new String[] {"pause", "resume", "step", "cancel"}) {
      operation(paths, "/api/replays/{id}/" + action, "post", action + "Replay", switch (action) {
        case "pause" -> "Pause after the event in hand";
        case "resume" -> "Resume a paused replay";
        case "step" -> "While paused: let exactly one more event through";
        default -> "Cancel; a projection rebuild then leaves the live read models untouched";
      });
    }
  }

  private static void operation(ObjectNode paths, String path, String method, String id, String summary) {
    ObjectNode op = paths.putObject(path).putObject(method);
    op.put("operationId", id).put("summary", summary).putArray("tags").add("replays");
    op.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
        .putObject("schema").put("type", "string");
    ObjectNode responses = op.putObject("responses");
    replayResponse(responses, "200", "OK");
    OpenApiDocument.problems(responses, "404", method.equals("post") ? "409" : "400");
  }

  private static void replayResponse(ObjectNode responses, String status, String description) {
    responses.putObject(status).put("description", description).putObject("content").putObject("application/json")
        .putObject("schema").put("$ref", "#/components/schemas/Replay");
  }

  private static ObjectNode request(ObjectMapper mapper) {
    ObjectNode schema = mapper.createObjectNode().put("type", "object").put("additionalProperties", false);
    schema.putArray("required").add("target");
    ObjectNode props = schema.putObject("properties");
    props.putObject("target").put("type", "string").put("pattern", "^(projections(:.+)?|handlers:.+|bus)$")
        .put("description", "projections, projections:a,b, handlers:a,b or bus");
    props.putObject("speed").put("type", "string").put("default", "max").put("description", "max, or a factor of the original timing: 2x, 0.5x");
    props.putObject("fromPosition").put("type", "integer").put("minimum", 0);
    props.putObject("toPosition").put("type", "integer").put("minimum", 0);
    props.putObject("from").put("type", "string").put("format", "date-time");
    props.putObject("to").put("type", "string").put("format", "date-time");
    for (String names : new String[] {"types", "aggregateIds", "contexts"}) {
      props.putObject(names).put("type", "array").put("maxItems", 1000).putObject("items").put("type", "string");
    }
    props.putObject("correlationId").put("type", "string").put("format", "uuid");
    props.putObject("confirm").put("type", "boolean").put("description", "true to confirm a replay the server asked about");
    props.putObject("paused").put("type", "boolean").put("description", "true to start paused, to step from the first event");
    return schema;
  }

  private static ObjectNode replay(ObjectMapper mapper) {
    ObjectNode schema = mapper.createObjectNode().put("type", "object");
    ObjectNode props = schema.putObject("properties");
    props.putObject("id").put("type", "string");
    props.putObject("target").put("type", "string");
    props.putObject("targets").put("type", "array").putObject("items").put("type", "string");
    props.putObject("startedAt").put("type", "string").put("format", "date-time");
    ArrayNode states = props.putObject("state").put("type", "string").putArray("enum");
    for (String state : new String[] {"ready", "counting", "running", "paused", "completed", "cancelled", "failed"}) states.add(state);
    ObjectNode progress = props.putObject("progress").put("type", "object").putObject("properties");
    progress.putObject("done").put("type", "integer");
    progress.putObject("total").put("type", "integer");
    progress.putObject("fraction").put("type", "number");
    progress.putObject("eventsPerSecond").put("type", "number");
    progress.putObject("etaMs").putArray("type").add("integer").add("null");
    props.putObject("error").put("type", "string");
    ObjectNode report = props.putObject("report");
    report.putArray("type").add("object").add("null");
    report.put("description", "Once ended: selected, replayed, skipped[], targets{}, durationMs, eventsPerSecond, "
        + "rebuiltEqualsOriginal");
    return schema;
  }
}

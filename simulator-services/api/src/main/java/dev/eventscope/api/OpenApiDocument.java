package dev.eventscope.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.message.MessageKind;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractRegistry;

/**
 * The OpenAPI 3.1 document, generated from the contract registry: one path per command and query
 * type with its JSON schema (2020-12, which OpenAPI 3.1 speaks natively) as the request body, plus
 * the fixed operational paths.
 */
final class OpenApiDocument {
  private OpenApiDocument() {}

  static ObjectNode build(ContractRegistry registry, ObjectMapper mapper, boolean tokenRequired) {
    ObjectNode doc = mapper.createObjectNode();
    doc.put("openapi", "3.1.0");
    doc.putObject("info").put("title", "Eventscope API").put("version", "1")
        .put("description", "Commands, queries, stored events, traces, bus, replays and dead letters of the order-fulfilment system. "
            + "Errors are RFC 9457 application/problem+json.");
    ObjectNode components = doc.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode problem = schemas.putObject("Problem").put("type", "object");
    ObjectNode props = problem.putObject("properties");
    for (String text : new String[] {"type", "title", "detail", "field", "instance"}) props.putObject(text).put("type", "string");
    props.putObject("status").put("type", "integer");
    if (tokenRequired) {
      components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
      doc.putArray("security").addObject().putArray("bearer");
    }
    ObjectNode paths = doc.putObject("paths");
    for (Contract contract : registry.all()) {
      if (contract.kind() == MessageKind.EVENT) continue;
      String base = contract.kind() == MessageKind.COMMAND ? "/api/commands/" : "/api/queries/";
      schemas.set(contract.name(), contract.schema().deepCopy());
      ObjectNode post = paths.putObject(base + contract.name()).putObject("post");
      post.put("operationId", contract.name()).putArray("tags").add(contract.context());
      post.put("summary", (contract.kind() == MessageKind.COMMAND ? "Send " : "Ask ") + contract.name() + " (v" + contract.version() + ")");
      post.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
          .putObject("schema").put("$ref", "#/components/schemas/" + contract.name());
      ObjectNode responses = post.putObject("responses");
      responses.putObject("200").put("description", "{messageId, correlationId, type, result}");
      problems(responses, "400", "422", contract.kind() == MessageKind.COMMAND ? "409" : "404", "413", "415");
    }
    fixed(paths, "/api/contracts", "get", "Every registered command, query and event with its JSON schema");
    fixed(paths, "/api/events", "get", "Stored events by position; parameters after, limit (1..1000), type, aggregateId, correlationId");
    fixed(paths, "/api/traces/{correlationId}", "get", "The causation tree of one recent flow");
    fixed(paths, "/api/bus", "get", "The current bus strategy, its health and past switches");
    fixed(paths, "/api/bus", "put", "Switch the bus: {\"strategy\":\"kafka\"}");
    ReplayPaths.add(paths, schemas, mapper);
    fixed(paths, "/api/read-models", "get", "This process's read models with their row counts");
    fixed(paths, "/api/read-models/{name}", "get", "Every row of one read model, by key");
    fixed(paths, "/api/dead-letters", "get", "Parked messages");
    fixed(paths, "/api/dead-letters/{id}/retry", "post", "Retry a parked message");
    fixed(paths, "/api/dead-letters/{id}/discard", "post", "Discard a parked message");
    fixed(paths, "/health", "get", "Liveness and readiness");
    fixed(paths, "/metrics", "get", "Prometheus text");
    return doc;
  }

  static void fixed(ObjectNode paths, String path, String method, String summary) {
    ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
    ObjectNode op = item.putObject(method);
    op.put("summary", summary).putArray("tags").add("operations");
    ObjectNode responses = op.putObject("responses");
    responses.putObject("200").put("description", "OK");
    problems(responses, "400", "404");
  }

  static void problems(ObjectNode responses, String... statuses) {
    for (String status : statuses) {
      responses.putObject(status).put("description", "problem").putObject("content").putObject("application/problem+json")
          .putObject("schema").put("$ref", "#/components/schemas/Problem");
    }
  }
}

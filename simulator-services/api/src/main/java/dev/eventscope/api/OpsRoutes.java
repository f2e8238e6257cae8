package dev.eventscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.system.BusSwitch;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;

/** The bus (status and switch), dead letters and health. */
final class OpsRoutes {
  private final EventSystem system;
  private final ObjectMapper mapper;
  private final EventRoutes events;
  private final Function<String, EventBus> buses;

  OpsRoutes(EventSystem system, ObjectMapper mapper, EventRoutes events, Function<String, EventBus> buses) {
    this.system = system;
    this.mapper = mapper;
    this.events = events;
    this.buses = buses;
  }

  static Function<String, EventBus> defaultBuses() {
    return OrderFulfilmentSystem::bus;
  }

  void bus(Context ctx) {
    Json.ok(ctx, busTree());
  }

  /** Switches strategy the way the console does: drain the old bus, resume the new one from the checkpoint. */
  void switchBus(Context ctx) {
    JsonNode body;
    try {
      body = mapper.readTree(Requests.jsonBody(ctx));
    } catch (IOException e) {
      throw ApiProblem.badRequest("the body is not valid JSON; send {\"strategy\":\"kafka\"}", null);
    }
    JsonNode strategy = body == null ? null : body.get("strategy");
    if (strategy == null || !strategy.isTextual() || strategy.asText().isBlank()) {
      throw ApiProblem.badRequest("strategy must be one of memory, kafka, rabbitmq, redis", "strategy");
    }
    String wanted = strategy.asText().strip();
    if (!wanted.equalsIgnoreCase(system.bus().strategy()) && !system.bus().switchable()) {
      throw new ApiProblem(409, "Bus fixed", "this process is part of a fleet on " + system.bus().strategy()
          + ": its bus cannot be switched alone; start the fleet on another bus (eventscope fleet up --bus …)", "strategy");
    }
    if (!wanted.equalsIgnoreCase(system.bus().strategy())) {
      EventBus next;
      try {
        next = buses.apply(wanted);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest(e.getMessage(), "strategy");
      } catch (BusUnavailableException e) {
        throw new ApiProblem(400, "Bus unavailable", e.getMessage(), "strategy");
      }
      BusSwitch done = system.switchBus(next);
      ObjectNode answer = busTree();
      answer.set("switched", mapper.valueToTree(done));
      Json.ok(ctx, answer);
      return;
    }
    Json.ok(ctx, busTree());
  }

  private ObjectNode busTree() {
    BusHealth health = system.bus().health();
    ObjectNode tree = mapper.createObjectNode();
    tree.put("strategy", health.strategy());
    tree.put("healthy", health.healthy());
    tree.put("detail", health.detail());
    tree.set("switches", mapper.valueToTree(system.busSwitches()));
    return tree;
  }

  void deadLetters(Context ctx) {
    ArrayNode list = mapper.createArrayNode();
    for (DeadLetter letter : system.deadLetters()) {
      ObjectNode node = list.addObject();
      node.put("id", letter.id().toString());
      node.put("subscriber", letter.subscriber());
      node.put("attempts", letter.attempts());
      node.put("error", letter.error());
      node.put("parkedAt", letter.parkedAt().toString());
      node.set("event", events.tree(letter.event()));
    }
    Json.ok(ctx, list);
  }

  void retry(Context ctx) {
    UUID id = Requests.uuid(ctx.pathParam("id"), "id");
    if (!system.retryDeadLetter(id)) throw ApiProblem.notFound("Dead letter not found", "no parked message " + id);
    Json.ok(ctx, mapper.createObjectNode().put("id", id.toString()).put("action", "retried"));
  }

  void discard(Context ctx) {
    UUID id = Requests.uuid(ctx.pathParam("id"), "id");
    if (!system.discardDeadLetter(id)) throw ApiProblem.notFound("Dead letter not found", "no parked message " + id);
    Json.ok(ctx, mapper.createObjectNode().put("id", id.toString()).put("action", "discarded"));
  }

  /** Live when it answers; ready when the bus is healthy (the store answers or this would have failed). */
  void health(Context ctx, Problems problems) {
    BusHealth bus = system.bus().health();
    long position = system.backend().events().lastPosition();
    ObjectNode checks = mapper.createObjectNode();
    checks.putObject("bus").put("strategy", bus.strategy()).put("healthy", bus.healthy()).put("detail", bus.detail());
    checks.putObject("store").put("lastPosition", position);
    if (bus.healthy()) {
      ObjectNode ok = mapper.createObjectNode().put("status", "UP").put("live", true).put("ready", true);
      ok.set("checks", checks);
      Json.ok(ctx, ok);
    } else {
      ObjectNode problem = problems.problem(503, "Not ready", "the bus is not healthy: " + bus.detail(), null, ctx.path());
      problem.put("live", true).put("ready", false);
      problem.set("checks", checks);
      problems.write(ctx, problem);
    }
  }
}

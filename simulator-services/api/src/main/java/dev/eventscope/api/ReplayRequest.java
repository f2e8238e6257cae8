package dev.eventscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.services.replay.ReplayTargetChoice;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The body of {@code POST /api/replays}, read strictly: every field checked, an unknown one
 * refused, each error naming its field.
 */
record ReplayRequest(ReplayTargetChoice target, ReplaySelection selection, ReplaySpeed speed, boolean confirm, boolean paused) {
  static final Set<String> FIELDS = Set.of("target", "speed", "fromPosition", "toPosition", "from", "to", "types", "aggregateIds",
      "correlationId", "contexts", "confirm", "paused");
  private static final int MAX_NAMES = 1_000;

  static ReplayRequest read(JsonNode body) {
    if (body == null || !body.isObject()) throw ApiProblem.badRequest("send a JSON object like {\"target\":\"projections\"}", null);
    for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (!FIELDS.contains(name)) throw ApiProblem.badRequest("unknown field '" + Requests.shorten(name) + "'", name);
    }
    ReplayTargetChoice target;
    try {
      target = ReplayTargetChoice.parse(text(body, "target", null));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage(), "target");
    }
    ReplaySpeed speed;
    try {
      speed = ReplaySpeed.parse(text(body, "speed", "max"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage(), "speed");
    }
    ReplaySelection selection;
    try {
      selection = ReplaySelection.all()
          .positions(position(body, "fromPosition", 0L), position(body, "toPosition", null))
          .between(instant(body, "from"), instant(body, "to"))
          .ofTypes(names(body, "types"))
          .ofAggregates(names(body, "aggregateIds"))
          .ofCorrelation(body.hasNonNull("correlationId") ? Requests.uuid(text(body, "correlationId", null), "correlationId") : null)
          .ofContexts(names(body, "contexts"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage(), null);
    }
    return new ReplayRequest(target, selection, speed, flag(body, "confirm"), flag(body, "paused"));
  }

  private static String text(JsonNode body, String field, String otherwise) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      if (otherwise == null) throw ApiProblem.badRequest(field + " is required", field);
      return otherwise;
    }
    if (!node.isTextual()) throw ApiProblem.badRequest(field + " must be a string", field);
    return node.asText();
  }

  private static Long position(JsonNode body, String field, Long otherwise) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) return otherwise;
    if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
      throw ApiProblem.badRequest(field + " must be a whole number >= 0", field);
    }
    return node.asLong();
  }

  private static Instant instant(JsonNode body, String field) {
    if (!body.hasNonNull(field)) return null;
    String text = text(body, field, null);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(field + " must be an ISO-8601 instant like 2026-01-31T12:00:00Z, not '" + Requests.shorten(text) + "'",
          field);
    }
  }

  private static Set<String> names(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) return Set.of();
    if (!node.isArray()) throw ApiProblem.badRequest(field + " must be an array of strings", field);
    if (node.size() > MAX_NAMES) throw ApiProblem.badRequest(field + " may hold at most " + MAX_NAMES + " names", field);
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode item : node) {
      if (!item.isTextual() || item.asText().isBlank()) throw ApiProblem.badRequest(field + " must be an array of strings", field);
      names.add(item.asText().strip());
    }
    return names;
  }

  private static boolean flag(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) return false;
    if (!node.isBoolean()) throw ApiProblem.badRequest(field + " must be true or false", field);
    return node.asBoolean();
  }
}

package dev.eventscope.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.contracts.registry.ContractViolationException;
import dev.eventscope.contracts.registry.UnknownMessageTypeException;
import dev.eventscope.contracts.registry.Violation;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.runtime.mediator.NoHandlerException;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.UndecodableEventException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into RFC 9457 problem+json: a title, the status, a detail without stack
 * traces or class internals, and the offending field when there is one.
 */
final class Problems {
  static final String CONTENT_TYPE = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private final ObjectMapper mapper;

  Problems(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void handle(Exception e, Context ctx) {
    ObjectNode problem = toProblem(e, ctx.path());
    write(ctx, problem);
  }

  /** The error answers of the server itself (unknown path, wrong method…), unless a handler already wrote a problem. */
  void handleStatus(Context ctx) {
    String type = ctx.res().getContentType();
    if (type != null && type.startsWith(CONTENT_TYPE)) return;
    int status = ctx.statusCode();
    write(ctx, problem(status, statusTitle(status), statusDetail(status, ctx), null, ctx.path()));
  }

  void write(Context ctx, ObjectNode problem) {
    ctx.status(problem.get("status").asInt());
    ctx.contentType(CONTENT_TYPE);
    try {
      ctx.result(mapper.writeValueAsBytes(problem));
    } catch (JsonProcessingException impossible) {
      ctx.result("{\"title\":\"Internal error\",\"status\":500}".getBytes(StandardCharsets.UTF_8));
    }
  }

  ObjectNode toProblem(Exception e, String path) {
    if (e instanceof ApiProblem p) return problem(p.status(), p.title(), p.getMessage(), p.field(), path);
    if (e instanceof HttpResponseException h) {
      return problem(h.getStatus(), statusTitle(h.getStatus()), plainDetail(h.getStatus()), null, path);
    }
    if (e instanceof ContractViolationException v) {
      String field = v.violations().isEmpty() ? null : v.violations().get(0).field();
      ObjectNode problem = problem(422, "Invalid " + v.type(), v.getMessage(), field, path);
      ArrayNode violations = problem.putArray("violations");
      for (Violation violation : v.violations()) {
        violations.addObject().put("field", violation.field()).put("problem", violation.problem());
      }
      return problem;
    }
    if (e instanceof UnknownMessageTypeException u) {
      return problem(404, "Unknown message type", "'" + u.typeName() + "' is not a registered message type", null, path);
    }
    if (e instanceof ContractException c) return fromContract(c, path);
    if (e instanceof CommandRejectedException r) {
      return problem(409, r.commandType() + " rejected", r.reason(), null, path);
    }
    if (e instanceof ConcurrencyException) {
      return problem(409, "Concurrent change", "the aggregate changed meanwhile; send the command again", null, path);
    }
    if (e instanceof NotFoundException) return problem(404, "Not found", e.getMessage(), null, path);
    if (e instanceof NoHandlerException) return problem(501, "No handler", e.getMessage(), null, path);
    if (e instanceof UndecodableEventException) {
      // The aggregate's stream holds an event this build cannot read: deciding on it would be wrong.
      LOG.warn("refused {}: {}", path, e.getMessage());
      return problem(409, "Aggregate cannot be loaded", e.getMessage(), null, path);
    }
    LOG.warn("unexpected error answering {}", path, e);
    return problem(500, "Internal error", "an unexpected error; the server log has the details", null, path);
  }

  /** Bad JSON or a payload that does not fit its record: 400, with the field Jackson stopped at. */
  private ObjectNode fromContract(ContractException e, String path) {
    Throwable cause = e.getCause();
    if (cause instanceof StreamConstraintsException limit) {
      String message = String.valueOf(limit.getOriginalMessage()).toLowerCase(Locale.ROOT);
      String detail = message.contains("nesting") ? "the JSON nests deeper than 64 levels"
          : message.contains("string") ? "the JSON holds a string longer than 1,000,000 characters"
          : message.contains("number") ? "the JSON holds a number longer than 64 digits"
          : "the JSON exceeds a parser limit";
      return problem(400, "Request body exceeds a limit", detail, null, path);
    }
    String field = null;
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) field = fieldPath(mapping);
    String title = cause instanceof JsonMappingException || cause == null ? "Invalid message" : "Malformed JSON";
    return problem(400, title, cause instanceof JsonProcessingException json ? plainJsonDetail(json, field) : e.getMessage(), field, path);
  }

  /** Jackson's messages name Java classes; say the same in the client's terms. */
  private static String plainJsonDetail(JsonProcessingException e, String field) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "'; the known fields are " + unknown.getKnownPropertyIds();
    }
    if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
      return "invalid value: " + invalid.getCause().getMessage();
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String expected = mismatch.getTargetType().getSimpleName();
      if (mismatch instanceof InvalidFormatException format) {
        return "'" + field + "' cannot be " + Requests.shorten(String.valueOf(format.getValue())) + ": expected " + expected;
      }
      return (field == null ? "the body" : "'" + field + "'") + " has the wrong JSON type: expected " + expected;
    }
    String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    int newline = message.indexOf('\n');
    String location = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    return (newline < 0 ? message : message.substring(0, newline)) + location;
  }

  static String fieldPath(JsonMappingException e) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (field.length() > 0) field.append('.');
        field.append(ref.getFieldName());
      }
    }
    return field.length() == 0 ? null : field.toString();
  }

  ObjectNode problem(int status, String title, String detail, String field, String instance) {
    ObjectNode node = mapper.createObjectNode();
    node.put("type", "urn:eventscope:problem:" + slug(title, status));
    node.put("title", title);
    node.put("status", status);
    if (detail != null) node.put("detail", detail);
    if (field != null) node.put("field", field);
    if (instance != null) node.put("instance", instance);
    return node;
  }

  private static String slug(String title, int status) {
    if (status >= 500) return "server-error";
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static String statusTitle(int status) {
    switch (status) {
      case 400: return "Bad request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not found";
      case 405: return "Method not allowed";
      case 406: return "Not acceptable";
      case 413: return "Request body too large";
      case 414: return "URI too long";
      case 415: return "Unsupported media type";
      case 431: return "Request headers too large";
      case 503: return "Service unavailable";
      default: return status >= 500 ? "Internal error" : "Request failed";
    }
  }

  private static String statusDetail(int status, Context ctx) {
    if (status == 404) return "no resource at " + ctx.path();
    if (status == 405) return ctx.method() + " is not allowed on " + ctx.path();
    return plainDetail(status);
  }

  private static String plainDetail(int status) {
    switch (status) {
      case 413: return "request bodies are limited to " + ApiSettings.MAX_BODY_BYTES + " bytes (1 MiB)";
      case 415: return "send the body as application/json";
      case 405: return "this method is not allowed on this path";
      case 404: return "no resource at this path";
      default: return statusTitle(status);
    }
  }
}

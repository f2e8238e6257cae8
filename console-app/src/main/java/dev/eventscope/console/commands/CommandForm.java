package dev.eventscope.console.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A form for one command, generated from its JSON schema (the contract registry's), and the way
 * back: field texts → the command's JSON body, with a message per field that does not parse.
 * Business rules are left to the system (the mediator validates and the aggregate decides); the
 * form only catches what could never be sent, like a letter in an integer.
 */
public final class CommandForm {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String commandType;
  private final List<FormField> fields;

  private CommandForm(String commandType, List<FormField> fields) {
    this.commandType = commandType;
    this.fields = List.copyOf(fields);
  }

  public static CommandForm fromSchema(String commandType, ObjectNode schema) {
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    List<FormField> fields = new ArrayList<>();
    schema.path("properties").properties().forEach(property ->
        fields.add(field(property.getKey(), property.getValue(), required.contains(property.getKey()))));
    return new CommandForm(commandType, fields);
  }

  private static FormField field(String name, JsonNode schema, boolean required) {
    Long minimum = schema.has("minimum") ? schema.get("minimum").asLong() : null;
    String type = schema.path("type").asText();
    String format = schema.path("format").asText();
    if (schema.has("enum")) {
      List<String> choices = new ArrayList<>();
      schema.get("enum").forEach(choice -> choices.add(choice.asText()));
      return new FormField(name, FormField.Kind.CHOICE, required, List.copyOf(choices), null, choices.isEmpty() ? "" : choices.get(0));
    }
    if ("string".equals(type) && "uuid".equals(format)) {
      // A fresh id is what a person almost always wants for a new aggregate.
      return new FormField(name, FormField.Kind.UUID, required, List.of(), null, required ? UUID.randomUUID().toString() : "");
    }
    if ("string".equals(type) && "date-time".equals(format)) {
      return new FormField(name, FormField.Kind.DATE_TIME, required, List.of(), null, required ? Instant.now().toString() : "");
    }
    return switch (type) {
      case "string" -> new FormField(name, FormField.Kind.TEXT, required, List.of(), null, "");
      case "integer" -> new FormField(name, FormField.Kind.INTEGER, required, List.of(), minimum, minimum == null ? "0" : minimum.toString());
      case "number" -> new FormField(name, FormField.Kind.NUMBER, required, List.of(), minimum, minimum == null ? "0" : minimum.toString());
      case "boolean" -> new FormField(name, FormField.Kind.BOOLEAN, required, List.of(), null, "false");
      default -> new FormField(name, FormField.Kind.JSON, required, List.of(), null, pretty(sample(schema)));
    };
  }

  /** A skeleton value that shows the shape the schema wants (one list item, every field present). */
  static JsonNode sample(JsonNode schema) {
    String type = schema.path("type").asText();
    if (schema.has("enum") && !schema.get("enum").isEmpty()) return schema.get("enum").get(0);
    switch (type) {
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        array.add(sample(schema.path("items")));
        return array;
      }
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").properties().forEach(property -> object.set(property.getKey(), sample(property.getValue())));
        return object;
      }
      case "integer", "number" -> {
        return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 0);
      }
      case "boolean" -> {
        return NODES.booleanNode(false);
      }
      default -> {
        return "uuid".equals(schema.path("format").asText()) ? NODES.textNode(UUID.randomUUID().toString()) : NODES.textNode("");
      }
    }
  }

  public String commandType() {
    return commandType;
  }

  public List<FormField> fields() {
    return fields;
  }

  /** The field texts as this form starts: what {@link #toJson} turns into the sample body. */
  public Map<String, String> initialValues() {
    Map<String, String> values = new LinkedHashMap<>();
    fields.forEach(field -> values.put(field.name(), field.initialValue()));
    return values;
  }

  /** Builds the JSON body from field texts; empty optional fields are left out. */
  public FormResult toJson(Map<String, String> values) {
    ObjectNode body = NODES.objectNode();
    Map<String, String> errors = new LinkedHashMap<>();
    for (FormField field : fields) {
      String text = values.getOrDefault(field.name(), "").trim();
      if (text.isEmpty()) {
        if (field.required() && field.kind() != FormField.Kind.TEXT) errors.put(field.name(), "is required");
        else if (field.required()) body.put(field.name(), "");
        continue;
      }
      try {
        body.set(field.name(), parse(field, text));
      } catch (IllegalArgumentException e) {
        errors.put(field.name(), e.getMessage());
      }
    }
    return new FormResult(body, errors);
  }

  private static JsonNode parse(FormField field, String text) {
    return switch (field.kind()) {
      case TEXT, CHOICE -> NODES.textNode(text);
      case UUID -> {
        try {
          yield NODES.textNode(UUID.fromString(text).toString());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("is not a UUID");
        }
      }
      case DATE_TIME -> {
        try {
          yield NODES.textNode(Instant.parse(text).toString());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("is not an ISO date-time like 2025-01-31T12:00:00Z");
        }
      }
      case INTEGER -> {
        try {
          long value = Long.parseLong(text);
          if (field.minimum() != null && value < field.minimum()) throw new IllegalArgumentException("must be at least " + field.minimum());
          yield NODES.numberNode(value);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("is not a whole number");
        }
      }
      case NUMBER -> {
        try {
          yield NODES.numberNode(Double.parseDouble(text));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("is not a number");
        }
      }
      case BOOLEAN -> {
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) throw new IllegalArgumentException("must be true or false");
        yield NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
      }
      case JSON -> {
        try {
          yield JSON.readTree(text);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException("is not valid JSON: " + e.getOriginalMessage());
        }
      }
    };
  }

  static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      return node.toString();
    }
  }

  /** The body, and what is wrong per field (empty when the body can be sent). */
  public record FormResult(ObjectNode body, Map<String, String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }

    public String prettyBody() {
      return pretty(body);
    }
  }
}

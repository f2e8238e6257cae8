package dev.eventscope.contracts.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * JSON Schema (2020-12) for a message record, read from its components: types, formats
 * ({@code uuid}, {@code date-time}), enums, minimums and required fields — enough for a client
 * (or the console's command composer) to build a valid message.
 */
public final class RecordSchemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RecordSchemas() {}

  public static ObjectNode of(Class<?> recordType) {
    ObjectNode schema = objectSchema(recordType);
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", recordType.getSimpleName());
    return schema;
  }

  private static ObjectNode objectSchema(Class<?> recordType) {
    ObjectNode schema = JSON.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (RecordComponent component : recordType.getRecordComponents()) {
      ObjectNode property = typeSchema(component.getGenericType());
      Min min = component.getAnnotation(Min.class);
      if (min != null) property.put("minimum", min.value());
      properties.set(component.getName(), property);
      if (component.getAnnotation(Optional.class) == null) required.add(component.getName());
    }
    if (!required.isEmpty()) schema.set("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode typeSchema(Type type) {
    if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
      ObjectNode array = JSON.objectNode();
      array.put("type", "array");
      array.set("items", typeSchema(parameterized.getActualTypeArguments()[0]));
      return array;
    }
    Class<?> raw = (Class<?>) type;
    ObjectNode node = JSON.objectNode();
    if (raw == String.class) {
      node.put("type", "string");
    } else if (raw == UUID.class) {
      node.put("type", "string").put("format", "uuid");
    } else if (raw == Instant.class) {
      node.put("type", "string").put("format", "date-time");
    } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      node.put("type", "integer");
    } else if (raw == double.class || raw == Double.class) {
      node.put("type", "number");
    } else if (raw == boolean.class || raw == Boolean.class) {
      node.put("type", "boolean");
    } else if (raw.isEnum()) {
      node.put("type", "string");
      ArrayNode values = node.putArray("enum");
      for (Object constant : raw.getEnumConstants()) values.add(((Enum<?>) constant).name());
    } else if (raw.isRecord()) {
      return objectSchema(raw);
    } else {
      throw new IllegalArgumentException("no JSON schema mapping for " + raw.getName());
    }
    return node;
  }
}

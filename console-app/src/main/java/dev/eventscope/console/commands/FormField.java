package dev.eventscope.console.commands;

import java.util.List;

/**
 * One input of a command form, read from a property of the command's JSON schema. {@code JSON} is
 * the fallback for lists and nested objects: the user edits that part as JSON text.
 */
public record FormField(String name, Kind kind, boolean required, List<String> choices, Long minimum, String initialValue) {
  public enum Kind {
    TEXT,
    UUID,
    INTEGER,
    NUMBER,
    BOOLEAN,
    CHOICE,
    DATE_TIME,
    JSON
  }

  /** A short hint shown beside the label: {@code uuid}, {@code integer ≥ 1}, {@code JSON list}… */
  public String hint() {
    String hint = switch (kind) {
      case TEXT -> "text";
      case UUID -> "uuid";
      case INTEGER -> "integer";
      case NUMBER -> "number";
      case BOOLEAN -> "true / false";
      case CHOICE -> "one of " + String.join(", ", choices);
      case DATE_TIME -> "ISO date-time";
      case JSON -> "JSON";
    };
    if (minimum != null) hint += " ≥ " + minimum;
    return required ? hint : hint + ", optional";
  }
}

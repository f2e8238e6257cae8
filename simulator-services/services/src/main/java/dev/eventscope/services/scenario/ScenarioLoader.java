package dev.eventscope.services.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads scenarios from YAML, strictly: an unknown field, a wrong type or a value out of range is
 * an error that names the source, the line and the field, e.g.
 * {@code flaky.yaml line 12, field faults.bus: duplicateRate must be between 0 and 1, got 1.5}.
 */
public final class ScenarioLoader {
  private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 2.5 orders is a mistake, not 2
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .addModule(new SimpleModule("durations").addDeserializer(Duration.class, new DurationText()))
      .build();

  private ScenarioLoader() {}

  /**
   * @param source what to call the text in error messages (a file name)
   * @throws ScenarioException when the text is not a valid scenario
   */
  public static Scenario parse(String yaml, String source) {
    if (yaml == null || yaml.isBlank()) throw new ScenarioException(source + ": the file is empty");
    try {
      return YAML.readValue(yaml, Scenario.class);
    } catch (JsonMappingException e) {
      throw new ScenarioException(describe(source, yaml, e), e);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(source + at(e.getLocation()) + ": not valid YAML: " + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static String describe(String source, String yaml, JsonMappingException e) {
    String field = e.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    if (e instanceof UnrecognizedPropertyException unknown) {
      // By now the parser is past the unknown field's value: name the line that holds its key.
      int upTo = e.getLocation() == null ? Integer.MAX_VALUE : e.getLocation().getLineNr();
      int line = lineOfKey(yaml, unknown.getPropertyName(), upTo);
      return source + (line > 0 ? " line " + line : "") + ", field " + field + ": unknown field '" + unknown.getPropertyName()
          + "'; known fields here: "
          + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
    String where = source + at(e.getLocation()) + (field.isEmpty() ? "" : ", field " + field);
    Throwable cause = e.getCause();
    String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
    return where + ": " + firstLine(reason);
  }

  /** The last line at or before {@code upTo} where {@code key} is written as a key; 0 if none. */
  private static int lineOfKey(String yaml, String key, int upTo) {
    Pattern pattern = Pattern.compile("(^|[\\s{,-])" + Pattern.quote(key) + "\\s*:");
    String[] lines = yaml.split("\\R", -1);
    for (int i = Math.min(upTo, lines.length) - 1; i >= 0; i--) {
      if (pattern.matcher(lines[i]).find()) return i + 1;
    }
    return 0;
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
  }

  private static String firstLine(String text) {
    if (text == null) return "invalid value";
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}

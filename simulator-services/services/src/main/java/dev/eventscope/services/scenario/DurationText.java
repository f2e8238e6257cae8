package dev.eventscope.services.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in scenario files: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
final class DurationText extends StdScalarDeserializer<Duration> {
  private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

  DurationText() {
    super(Duration.class);
  }

  static Duration parse(String text) {
    Matcher matcher = TEXT.matcher(text.trim());
    if (!matcher.matches()) throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 500ms, 5s, 2m or 1h");
    double amount = Double.parseDouble(matcher.group(1));
    double millis = switch (matcher.group(2)) {
      case "ms" -> amount;
      case "s" -> amount * 1_000;
      case "m" -> amount * 60_000;
      default -> amount * 3_600_000;
    };
    return Duration.ofMillis(Math.round(millis));
  }

  @Override
  public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = parser.getValueAsString();
    try {
      return parse(text == null ? parser.getText() : text);
    } catch (IllegalArgumentException e) {
      return (Duration) context.handleWeirdStringValue(Duration.class, text, e.getMessage());
    }
  }
}

package dev.eventscope.console.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them on the command line: {@code 500ms}, {@code 1s}, {@code 2m}, {@code 1h}. */
public final class Durations {
  private static final Pattern FORMAT = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final String HINT = "use a whole number and a unit (ms, s, m or h), like 500ms, 1s or 2m";

  private Durations() {}

  public static Duration parse(String text) {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("no duration given: " + HINT);
    Matcher matcher = FORMAT.matcher(text.strip());
    if (!matcher.matches()) throw new IllegalArgumentException("'" + text + "' is not a duration: " + HINT);
    try {
      long amount = Long.parseLong(matcher.group(1));
      switch (matcher.group(2)) {
        case "ms":
          return Duration.ofMillis(amount);
        case "s":
          return Duration.ofSeconds(amount);
        case "m":
          return Duration.ofMinutes(amount);
        default:
          return Duration.ofHours(amount);
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is too long a duration", e);
    }
  }

  /** The shortest of the same forms that {@link #parse} reads back exactly. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 3_600_000 == 0 && millis != 0) return millis / 3_600_000 + "h";
    if (millis % 60_000 == 0 && millis != 0) return millis / 60_000 + "m";
    if (millis % 1_000 == 0) return millis / 1_000 + "s";
    return millis + "ms";
  }
}

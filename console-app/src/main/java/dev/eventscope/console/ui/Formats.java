package dev.eventscope.console.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** How numbers, durations and ids read everywhere in the console, so screens agree. */
public final class Formats {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private Formats() {}

  /** {@code 840 µs}, {@code 12.4 ms}, {@code 3.20 s}. */
  public static String micros(long micros) {
    if (micros < 1_000) return micros + " µs";
    if (micros < 100_000) return String.format(Locale.ROOT, "%.1f ms", micros / 1_000.0);
    if (micros < 1_000_000) return String.format(Locale.ROOT, "%.0f ms", micros / 1_000.0);
    return String.format(Locale.ROOT, "%.2f s", micros / 1_000_000.0);
  }

  /** A per-second rate with the precision a glance needs: {@code 0.4/s}, {@code 12/s}, {@code 1,240/s}. */
  public static String rate(double perSecond) {
    if (perSecond < 10) return String.format(Locale.ROOT, "%.1f/s", perSecond);
    return String.format(Locale.ROOT, "%,d/s", Math.round(perSecond));
  }

  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /**
   * The last 8 characters of a UUID: enough to tell flows apart on screen. Not the first ones:
   * message ids are time-ordered, so ids made in the same second share their first characters.
   */
  public static String shortId(UUID id) {
    if (id == null) return "—";
    String text = id.toString();
    return text.substring(text.length() - 8);
  }

  public static String clock(long epochMicros) {
    return CLOCK.format(Instant.ofEpochMilli(epochMicros / 1_000));
  }
}

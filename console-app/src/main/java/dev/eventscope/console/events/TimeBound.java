package dev.eventscope.console.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a user types into the Events screen's "from"/"to" fields as an instant. The table
 * shows local clock times, so {@code 16:39}, {@code 16:39:29} and {@code 16:39:29.689} mean today
 * in this zone; {@code 2026-11-26 16:39} (or with a {@code T}) names another day, and an ISO instant
 * ({@code 2026-11-26T15:39:29Z}) is taken as it is. An upper bound covers all of the last unit
 * typed: "to 16:39" includes 16:39:59.999.
 */
final class TimeBound {
  private static final Pattern LOCAL = Pattern.compile("(?:(\\d{4}-\\d{2}-\\d{2})[ T])?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");

  private TimeBound() {
  }

  /** The first instant {@code text} names; null when blank. */
  static Instant from(String text, ZoneId zone, LocalDate today) {
    return parse(text, zone, today, false);
  }

  /** The last instant {@code text} names; null when blank. */
  static Instant to(String text, ZoneId zone, LocalDate today) {
    return parse(text, zone, today, true);
  }

  private static Instant parse(String text, ZoneId zone, LocalDate today, boolean end) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) return null;
    if (typed.endsWith("Z") || typed.matches(".*[+-]\\d{2}:\\d{2}$")) {
      try {
        return Instant.parse(typed);
      } catch (DateTimeException e) {
        throw invalid(typed);
      }
    }
    Matcher local = LOCAL.matcher(typed);
    if (!local.matches()) throw invalid(typed);
    try {
      LocalDate day = local.group(1) == null ? today : LocalDate.parse(local.group(1));
      int seconds = local.group(4) == null ? 0 : Integer.parseInt(local.group(4));
      String fraction = local.group(5) == null ? "" : local.group(5);
      int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
      LocalTime time = LocalTime.of(Integer.parseInt(local.group(2)), Integer.parseInt(local.group(3)), seconds, nanos);
      Instant start = LocalDateTime.of(day, time).atZone(zone).toInstant();
      if (!end) return start;
      ChronoUnit typedUnit = local.group(4) == null ? ChronoUnit.MINUTES : fraction.isEmpty() ? ChronoUnit.SECONDS : null;
      long lastNano = typedUnit == null ? (long) Math.pow(10, 9 - fraction.length()) - 1 : typedUnit.getDuration().toNanos() - 1;
      return start.plusNanos(lastNano);
    } catch (DateTimeException e) {
      throw invalid(typed);
    }
  }

  private static IllegalArgumentException invalid(String typed) {
    return new IllegalArgumentException("'" + typed + "' is not a time: type 16:39, 16:39:29.5, 2026-11-26 16:39 or an ISO instant");
  }
}

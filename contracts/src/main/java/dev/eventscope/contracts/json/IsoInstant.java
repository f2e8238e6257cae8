package dev.eventscope.contracts.json;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads exactly the form {@code Instant.toString()} writes for years 0000-9999
 * ({@code 2026-11-27T00:15:23.123456Z}: UTC, one to nine fraction digits or none) without the
 * general {@code DateTimeFormatter} machinery, which costs about a microsecond per event on the
 * consuming thread. Any other form — an offset, a leap second, hour 24 — goes to
 * {@link Instant#parse}, so the answer is always the one {@code Instant.parse} gives.
 */
public final class IsoInstant {
  private static final int DATE_TIME = "2026-11-27T00:15:23".length();

  private IsoInstant() {}

  public static Instant parse(String text) {
    Instant fast = fast(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** The instant, or null when the text is not in the one form read here. */
  private static Instant fast(String text) {
    int length = text.length();
    if (length < DATE_TIME + 1 || text.charAt(length - 1) != 'Z') return null;
    if (text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > DATE_TIME + 1) {
      int fraction = length - DATE_TIME - 2;
      if (text.charAt(DATE_TIME) != '.' || fraction < 1 || fraction > 9) return null;
      nanos = digits(text, DATE_TIME + 1, fraction);
      if (nanos < 0) return null;
      for (int i = fraction; i < 9; i++) nanos *= 10;
    }
    if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) return null;
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The decimal number in {@code count} characters from {@code from}; -1 when one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) return -1;
      value = value * 10 + digit;
    }
    return value;
  }
}

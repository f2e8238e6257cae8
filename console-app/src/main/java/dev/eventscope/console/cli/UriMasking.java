package dev.eventscope.console.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the user information ({@code user:password@}) of every URI in a text, so connection strings
 * can be printed, logged and written to reports. Masks too much rather than too little: everything
 * between {@code ://} and the last {@code @} before the host's end is replaced.
 */
public final class UriMasking {
  static final String MASK = "***";
  // scheme :// userinfo @ — userinfo runs up to the last '@' before a '/', whitespace or a quote.
  private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/\\s\"'<>]*@");

  private UriMasking() {}

  public static String mask(String text) {
    if (text == null || text.indexOf('@') < 0) return text;
    Matcher matcher = USER_INFO.matcher(text);
    return matcher.replaceAll(result -> Matcher.quoteReplacement(result.group(1) + MASK + "@"));
  }
}

package dev.eventscope.console.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a connection URI into the part that may be shown and stored in plain settings and its
 * credentials ({@code user:password}), and joins them again. Only a URI whose user information
 * holds a password has a secret; {@code redis://:pw@host} keeps no user at all once split.
 */
public final class UriCredentials {
  private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#\\s]*)@(.*)$", Pattern.DOTALL);

  private UriCredentials() {}

  /** The URI without its password, and the credentials (null when there is no password). */
  public record Split(String publicPart, String credentials) {}

  public static Split split(String uri) {
    if (uri == null) return new Split(null, null);
    Matcher matcher = USER_INFO.matcher(uri.strip());
    if (!matcher.matches()) return new Split(uri.strip(), null);
    String userInfo = matcher.group(2);
    int colon = userInfo.indexOf(':');
    if (colon < 0) return new Split(uri.strip(), null);
    String user = userInfo.substring(0, colon);
    String shown = matcher.group(1) + (user.isEmpty() ? "" : user + "@") + matcher.group(3);
    return new Split(shown, userInfo);
  }

  /** The URI with {@code credentials} as its user information (replacing any user it names). */
  public static String join(String publicPart, String credentials) {
    if (publicPart == null || credentials == null || credentials.isBlank()) return publicPart;
    int scheme = publicPart.indexOf("://");
    if (scheme < 0) return publicPart;
    String prefix = publicPart.substring(0, scheme + 3);
    String rest = publicPart.substring(scheme + 3);
    int at = rest.indexOf('@');
    int slash = firstOf(rest, "/?#");
    if (at >= 0 && (slash < 0 || at < slash)) rest = rest.substring(at + 1);
    return prefix + credentials + "@" + rest;
  }

  private static int firstOf(String text, String characters) {
    int first = -1;
    for (char each : characters.toCharArray()) {
      int index = text.indexOf(each);
      if (index >= 0 && (first < 0 || index < first)) first = index;
    }
    return first;
  }
}

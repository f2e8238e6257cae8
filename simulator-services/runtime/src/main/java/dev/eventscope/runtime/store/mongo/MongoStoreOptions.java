package dev.eventscope.runtime.store.mongo;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Eventscope's own MongoDB store settings, carried in the store's connection string as options of
 * their own ({@value #DATABASE}, {@value #PREFIX}) so they travel wherever the {@code --store}
 * value goes (a system's settings, a fleet's child processes). They are taken out before the
 * string reaches the driver. The database option wins over the URI's path, which keeps its
 * meaning for authentication.
 */
public final class MongoStoreOptions {
  public static final String DATABASE = "eventscopeDatabase";
  public static final String PREFIX = "eventscopeCollectionPrefix";

  private MongoStoreOptions() {}

  /** {@code uri} with the database and collection prefix set (null or empty = not set), replacing earlier values. */
  public static String with(String uri, String database, String prefix) {
    MongoNames.checkDatabase(database);
    MongoNames.checkPrefix(prefix);
    StringBuilder result = new StringBuilder(driverUri(uri));
    List<String> added = new ArrayList<>();
    if (database != null && !database.isEmpty()) added.add(DATABASE + "=" + encode(database));
    if (prefix != null && !prefix.isEmpty()) added.add(PREFIX + "=" + encode(prefix));
    if (added.isEmpty()) return result.toString();
    int query = result.indexOf("?");
    if (query < 0) {
      int hosts = result.indexOf("://") + 3;
      if (result.indexOf("/", hosts) < 0) result.append('/');
      result.append('?');
    } else if (query < result.length() - 1) {
      result.append('&');
    }
    return result.append(String.join("&", added)).toString();
  }

  /** The connection string as the driver takes it: without Eventscope's options (nor {@value TlsCaFiles#OPTION}, applied here). */
  public static String driverUri(String uri) {
    int query = uri.indexOf('?');
    if (query < 0) return uri;
    List<String> kept = new ArrayList<>();
    for (String option : uri.substring(query + 1).split("[&;]")) {
      if (!option.isEmpty() && !ours(key(option))) kept.add(option);
    }
    return uri.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  /** The database option, or null. */
  public static String database(String uri) {
    return option(uri, DATABASE);
  }

  /** The collection prefix, or empty. */
  public static String prefix(String uri) {
    String prefix = option(uri, PREFIX);
    return prefix == null ? "" : prefix;
  }

  private static String option(String uri, String name) {
    int query = uri.indexOf('?');
    if (query < 0) return null;
    String found = null;
    for (String option : uri.substring(query + 1).split("[&;]")) {
      int equals = option.indexOf('=');
      if (equals > 0 && key(option).equals(name.toLowerCase(Locale.ROOT))) {
        found = URLDecoder.decode(option.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return found;
  }

  private static String key(String option) {
    int equals = option.indexOf('=');
    return (equals < 0 ? option : option.substring(0, equals)).toLowerCase(Locale.ROOT);
  }

  /** The {@value TlsCaFiles#OPTION} option (taken out here because the Java driver ignores it), or null. */
  public static String tlsCaFile(String uri) {
    return option(uri, TlsCaFiles.OPTION);
  }

  private static boolean ours(String key) {
    return key.equals(DATABASE.toLowerCase(Locale.ROOT)) || key.equals(PREFIX.toLowerCase(Locale.ROOT))
        || key.equals(TlsCaFiles.OPTION.toLowerCase(Locale.ROOT));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

package dev.eventscope.runtime.store.mongo;

import com.mongodb.ConnectionString;
import java.util.regex.Pattern;

/** Connection strings as they may be shown: without user, password or options. */
public final class MongoUris {
  private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

  private MongoUris() {}

  /** {@code scheme://***@rest}: for echoing a string that may not even parse. */
  public static String masked(String uri) {
    if (uri == null) return "null";
    return USER_INFO.matcher(uri).replaceFirst("$1***@");
  }

  /** {@code mongodb://host:port/database}: hosts and database only (options may carry secrets too). */
  public static String describe(String connectionString, String database) {
    ConnectionString uri = new ConnectionString(MongoStoreOptions.driverUri(connectionString));
    String scheme = connectionString.startsWith("mongodb+srv://") ? "mongodb+srv://" : "mongodb://";
    return scheme + String.join(",", uri.getHosts()) + "/" + database;
  }

  /** The database of the {@value MongoStoreOptions#DATABASE} option, else the one in the connection string's path, else {@code fallback}. */
  public static String database(String connectionString, String fallback) {
    String option = MongoStoreOptions.database(connectionString);
    if (option != null && !option.isEmpty()) return option;
    String database = new ConnectionString(MongoStoreOptions.driverUri(connectionString)).getDatabase();
    return database == null || database.isBlank() ? fallback : database;
  }
}

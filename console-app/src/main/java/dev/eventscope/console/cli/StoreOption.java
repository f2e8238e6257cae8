package dev.eventscope.console.cli;

import com.mongodb.ConnectionString;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --store memory|embedded|<mongodb uri>}, with the precedence of every connection setting. */
public final class StoreOption {
  static final String ENV = "EVENTSCOPE_STORE";
  public static final String MEMORY = "memory";
  public static final String EMBEDDED = "embedded";
  /** {@code --store mongodb}: the MongoDB at the {@code mongodb-uri} setting (what the console's Settings screen saves). */
  public static final String MONGODB = "mongodb";
  public static final String MONGODB_URI_KEY = "mongodb-uri";
  static final String MONGODB_URI_ENV = "EVENTSCOPE_MONGODB_URI";
  public static final String DEFAULT_MONGODB_URI = "mongodb://127.0.0.1:27017/eventscope";

  @Option(
      names = "--store",
      paramLabel = "STORE",
      description = {
        "memory, embedded (a database file in the data folder), a MongoDB connection string, or mongodb",
        "(the URI from " + MONGODB_URI_ENV + ", else 'mongodb-uri' in settings.yaml, else " + DEFAULT_MONGODB_URI + ").",
        "Else from " + ENV + ", else 'store' in settings.yaml, else memory (embedded in the console).",
        "Example: mongodb://127.0.0.1:27017/eventscope"
      })
  String store;

  /** The store to use: validated, never null. */
  public String resolve(CliContext context, String defaultStore) {
    Resolved resolved = context.settings().resolve(store, "--store", ENV, "store", defaultStore);
    String chosen = validate(resolved);
    if (!chosen.equals(MONGODB)) return chosen;
    Resolved uri = context.settings().resolve(null, "--store", MONGODB_URI_ENV, MONGODB_URI_KEY, DEFAULT_MONGODB_URI);
    String value = validate(uri);
    if (!value.startsWith("mongodb")) throw new UsageException("'" + value + "' from " + uri.origin() + " is not a MongoDB connection string");
    return value;
  }

  static String validate(Resolved resolved) {
    String value = resolved.value();
    String keyword = value.toLowerCase(Locale.ROOT);
    if (keyword.equals(MEMORY) || keyword.equals(EMBEDDED) || keyword.equals(MONGODB)) return keyword;
    if (keyword.startsWith("mongodb://") || keyword.startsWith("mongodb+srv://")) {
      try {
        new ConnectionString(value);
      } catch (IllegalArgumentException e) {
        throw new UsageException("invalid MongoDB connection string from " + resolved.origin() + ": " + Cli.firstLine(e.getMessage()));
      }
      return value;
    }
    throw new UsageException("unknown store '" + value + "' from " + resolved.origin()
        + ": use memory, embedded, mongodb or a MongoDB connection string (mongodb://host:port/database)");
  }
}

package dev.eventscope.console.cli;

import com.mongodb.ConnectionString;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --store memory|embedded|<mongodb uri>}, with the precedence of every connection setting. */
public final class StoreOption {
  static final String ENV = "EVENTSCOPE_STORE";
  public static final String MEMORY = "memory";
  public static final String EMBEDDED = "embedded";

  @Option(
      names = "--store",
      paramLabel = "STORE",
      description = {
        "memory, embedded (a database file in the data folder) or a MongoDB connection string.",
        "Else from " + ENV + ", else 'store' in settings.yaml, else memory (embedded in the console).",
        "Example: mongodb://127.0.0.1:27017/eventscope"
      })
  String store;

  /** The store to use: validated, never null. */
  public String resolve(CliContext context, String defaultStore) {
    Resolved resolved = context.settings().resolve(store, "--store", ENV, "store", defaultStore);
    return validate(resolved);
  }

  static String validate(Resolved resolved) {
    String value = resolved.value();
    String keyword = value.toLowerCase(Locale.ROOT);
    if (keyword.equals(MEMORY) || keyword.equals(EMBEDDED)) return keyword;
    if (keyword.startsWith("mongodb://") || keyword.startsWith("mongodb+srv://")) {
      try {
        new ConnectionString(value);
      } catch (IllegalArgumentException e) {
        throw new UsageException("invalid MongoDB connection string from " + resolved.origin() + ": " + Cli.firstLine(e.getMessage()));
      }
      return value;
    }
    throw new UsageException("unknown store '" + value + "' from " + resolved.origin()
        + ": use memory, embedded or a MongoDB connection string (mongodb://host:port/database)");
  }
}

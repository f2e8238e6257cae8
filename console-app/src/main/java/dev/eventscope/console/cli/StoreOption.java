package dev.eventscope.console.cli;

import com.mongodb.ConnectionString;
import dev.eventscope.runtime.store.mongo.MongoNames;
import dev.eventscope.runtime.store.mongo.MongoStoreOptions;
import dev.eventscope.runtime.store.mongo.TlsCaFiles;
import java.nio.file.Path;
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
  static final String DATABASE_ENV = "EVENTSCOPE_MONGODB_DATABASE";
  static final String DATABASE_KEY = "mongodb-database";
  static final String PREFIX_ENV = "EVENTSCOPE_MONGODB_COLLECTION_PREFIX";
  static final String PREFIX_KEY = "mongodb-collection-prefix";

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

  @Option(names = "--mongodb-database", paramLabel = "NAME",
      description = "MongoDB store: the database. Else from " + DATABASE_ENV + ", else '" + DATABASE_KEY + "' in settings.yaml, "
          + "else the one in the connection string, else eventscope.")
  String mongoDatabase;

  @Option(names = "--mongodb-collection-prefix", paramLabel = "PREFIX",
      description = "MongoDB store: put PREFIX before every collection name (PREFIXevents, PREFIXrm_<name>…). Else from "
          + PREFIX_ENV + ", else '" + PREFIX_KEY + "' in settings.yaml, else none.")
  String collectionPrefix;

  /** The store to use: validated, never null; a MongoDB one carries the database and collection prefix settings. */
  public String resolve(CliContext context, String defaultStore) {
    Resolved resolved = context.settings().resolve(store, "--store", ENV, "store", defaultStore);
    String chosen = validate(resolved);
    if (!chosen.equals(MONGODB)) return chosen.startsWith("mongodb") ? withNames(context, chosen) : notMongo(chosen);
    Resolved uri = context.settings().resolve(null, "--store", MONGODB_URI_ENV, MONGODB_URI_KEY, DEFAULT_MONGODB_URI);
    String value = validate(uri);
    if (!value.startsWith("mongodb")) throw new UsageException("'" + value + "' from " + uri.origin() + " is not a MongoDB connection string");
    return withNames(context, value);
  }

  private String notMongo(String chosen) {
    if (mongoDatabase != null) throw new UsageException("--mongodb-database is for a MongoDB --store; this store is " + chosen);
    if (collectionPrefix != null) throw new UsageException("--mongodb-collection-prefix is for a MongoDB --store; this store is " + chosen);
    return chosen;
  }

  private String withNames(CliContext context, String uri) {
    Resolved database = context.settings().resolve(mongoDatabase, "--mongodb-database", DATABASE_ENV, DATABASE_KEY, null);
    Resolved prefix = context.settings().resolve(collectionPrefix, "--mongodb-collection-prefix", PREFIX_ENV, PREFIX_KEY, "");
    try {
      MongoNames.checkDatabase(database.value());
    } catch (IllegalArgumentException e) {
      throw new UsageException(database.origin() + ": " + e.getMessage());
    }
    try {
      MongoNames.checkPrefix(prefix.value());
    } catch (IllegalArgumentException e) {
      throw new UsageException(prefix.origin() + ": " + e.getMessage());
    }
    return MongoStoreOptions.with(uri, database.value(), prefix.value());
  }

  static String validate(Resolved resolved) {
    String value = resolved.value();
    String keyword = value.toLowerCase(Locale.ROOT);
    if (keyword.equals(MEMORY) || keyword.equals(EMBEDDED) || keyword.equals(MONGODB)) return keyword;
    if (keyword.startsWith("mongodb://") || keyword.startsWith("mongodb+srv://")) {
      try {
        ConnectionString uri = new ConnectionString(MongoStoreOptions.driverUri(value));
        if (uri.isSrvProtocol() && uri.getHosts().get(0).split("\\.").length < 3) {
          throw new IllegalArgumentException("a mongodb+srv:// host name needs at least three parts, like cluster0.example.net");
        }
        String caFile = MongoStoreOptions.tlsCaFile(value);
        if (caFile != null) TlsCaFiles.trustManager(Path.of(caFile));
      } catch (IllegalArgumentException e) {
        throw new UsageException("invalid MongoDB connection string from " + resolved.origin() + ": " + Cli.firstLine(e.getMessage()));
      }
      return value;
    }
    throw new UsageException("unknown store '" + value + "' from " + resolved.origin()
        + ": use memory, embedded, mongodb or a MongoDB connection string (mongodb://host:port/database)");
  }
}

package dev.eventscope.runtime.store;

import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.store.embedded.EmbeddedBackend;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.store.mongo.MongoBackend;
import dev.eventscope.runtime.store.mongo.MongoUris;
import java.nio.file.Path;
import java.util.Locale;

/** Turns the {@code --store} setting into a backend: {@code memory}, {@code embedded} or a MongoDB URI. */
public final class StoreBackends {
  private StoreBackends() {}

  public static StoreBackend open(String spec, Path dataDir, JsonCodec codec) {
    return open(spec, dataDir, codec, null);
  }

  /**
   * @param mongoDatabase the {@code --mongodb-database} setting; null for the database in the URI,
   *     else {@value MongoBackend#DEFAULT_DATABASE}
   * @throws IllegalArgumentException for anything that is not a store choice
   */
  public static StoreBackend open(String spec, Path dataDir, JsonCodec codec, String mongoDatabase) {
    String choice = spec == null ? "" : spec.trim();
    String lower = choice.toLowerCase(Locale.ROOT);
    if (lower.equals("memory")) return new InMemoryBackend();
    if (lower.equals("embedded")) {
      if (dataDir == null) throw new IllegalArgumentException("the embedded store needs a data folder (--data)");
      return new EmbeddedBackend(dataDir, codec);
    }
    if (lower.startsWith("mongodb://") || lower.startsWith("mongodb+srv://")) {
      return new MongoBackend(choice, mongoDatabase, codec, MongoBackend.DEFAULT_HOLE_BOUND);
    }
    // Masked: a mistyped URI may still carry a password.
    throw new IllegalArgumentException("unknown store '" + MongoUris.masked(choice)
        + "': use memory, embedded, or a mongodb:// or mongodb+srv:// connection string");
  }
}

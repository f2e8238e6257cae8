package dev.eventscope.runtime.store.mongo;

import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoredEventJson;
import java.time.Duration;

/**
 * Everything in one MongoDB database (default {@code eventscope}): collections {@code events},
 * {@code counters}, {@code checkpoints}, {@code deadletters} and read models {@code rm_<name>},
 * each name after the collection prefix when one is set ({@link MongoStoreOptions}).
 * Written for real MongoDB semantics without multi-document transactions: ordering and
 * idempotency come from unique indexes and the position counter.
 */
public final class MongoBackend implements StoreBackend {
  public static final String DEFAULT_DATABASE = "eventscope";
  /** How long a reader holds back at a missing position before passing it (see {@link HoleTracker}). */
  public static final Duration DEFAULT_HOLE_BOUND = Duration.ofSeconds(2);

  private final MongoConnection mongo;
  private final MongoEventStore events;
  private final MongoCheckpointStore checkpoints;
  private final MongoDeadLetterStore deadLetters;
  private final MongoReadModelStores readModels;

  /** Connects to the database named in the connection string's path, or {@value #DEFAULT_DATABASE}. */
  public static MongoBackend connect(String connectionString, JsonCodec codec) {
    return new MongoBackend(connectionString, null, codec, DEFAULT_HOLE_BOUND);
  }

  public MongoBackend(String connectionString, String database, JsonCodec codec) {
    this(connectionString, database, codec, DEFAULT_HOLE_BOUND);
  }

  /**
   * @param database the database, or null for the one in the connection string (else the default)
   * @throws dev.eventscope.runtime.store.StoreUnavailableException if the server does not answer
   */
  public MongoBackend(String connectionString, String database, JsonCodec codec, Duration holeBound) {
    this(connectionString, database, codec, holeBound, true);
  }

  /**
   * Opens a database only to read its events (a replay's read-only source): no index is created,
   * no counter touched; nothing here writes unless asked to.
   *
   * @throws dev.eventscope.runtime.store.StoreUnavailableException if the server does not answer
   */
  public static MongoBackend openReadOnly(String connectionString, String database, JsonCodec codec) {
    return new MongoBackend(connectionString, database, codec, DEFAULT_HOLE_BOUND, false);
  }

  private MongoBackend(String connectionString, String database, JsonCodec codec, Duration holeBound, boolean prepare) {
    MongoConnection connection = new MongoConnection(connectionString,
        database != null ? database : MongoUris.database(connectionString, DEFAULT_DATABASE));
    try {
      String prefix = connection.prefix().isEmpty() ? "" : ", collections " + connection.prefix() + "*";
      String description = "mongodb (" + MongoUris.describe(connectionString, connection.databaseName()) + prefix + ")";
      StoredEventJson json = new StoredEventJson(codec);
      this.events = new MongoEventStore(connection, json, holeBound, description, prepare); // first round trip: fails fast
      this.checkpoints = new MongoCheckpointStore(connection);
      this.deadLetters = new MongoDeadLetterStore(connection, json);
      this.readModels = new MongoReadModelStores(connection);
      this.mongo = connection;
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** {@code mongodb (mongodb://host:port/database)}: never user, password or options. */
  public String describe() {
    return events.describe();
  }

  @Override
  public EventStore events() {
    return events;
  }

  @Override
  public CheckpointStore checkpoints() {
    return checkpoints;
  }

  @Override
  public DeadLetterStore deadLetters() {
    return deadLetters;
  }

  @Override
  public ReadModelStores readModels() {
    return readModels;
  }

  @Override
  public boolean durableReadModels() {
    return true;
  }

  @Override
  public void close() {
    mongo.close();
  }
}

package dev.eventscope.runtime.store.embedded;

import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoredEventJson;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import java.nio.file.Path;

/**
 * The zero-setup durable store: one SQLite file, {@code eventscope.db}, in the data folder. Events,
 * checkpoints and dead letters live in it; read models are rebuilt from the events at start (so
 * {@link #durableReadModels()} is false), into a scratch SQLite file of this process (see
 * {@link SqliteReadModelFile}) rather than the heap, so memory stays flat however many orders a
 * long run takes. Opened read-only, the store keeps read models in memory and writes no file.
 */
public final class EmbeddedBackend implements StoreBackend {
  public static final String FILE_NAME = SqliteDatabase.FILE_NAME;

  private final SqliteDatabase db;
  private final SqliteEventStore events;
  private final SqliteCheckpointStore checkpoints;
  private final SqliteDeadLetterStore deadLetters;
  private final SqliteReadModelStores readModels; // null when read-only

  /** Opens (creating the folder and file if needed) the store in {@code dataDir} for reading and writing. */
  public EmbeddedBackend(Path dataDir, JsonCodec codec) {
    this(SqliteDatabase.openReadWrite(dataDir), codec);
  }

  private EmbeddedBackend(SqliteDatabase db, JsonCodec codec) {
    StoredEventJson json = new StoredEventJson(codec);
    this.db = db;
    this.events = new SqliteEventStore(db, json);
    this.checkpoints = new SqliteCheckpointStore(db);
    this.deadLetters = new SqliteDeadLetterStore(db, json);
    this.readModels = db.readOnly() ? null : new SqliteReadModelStores(Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * Opens an existing store for reading only, leaving every byte of the data folder as it was
   * (what {@code replay --dry-run} needs). Appends, checkpoint writes and dead-letter changes throw
   * {@link UnsupportedOperationException}. Meant for a folder no writer is using; beside a running
   * writer it still reads what was committed before it opened (see {@code SqliteDatabase}).
   *
   * @throws dev.eventscope.runtime.store.StoreUnavailableException if the folder holds no store
   */
  public static EmbeddedBackend openReadOnly(Path dataDir, JsonCodec codec) {
    return new EmbeddedBackend(SqliteDatabase.openReadOnly(dataDir), codec);
  }

  public boolean readOnly() {
    return db.readOnly();
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
    return readModels == null ? InMemoryBackend::memoryReadModel : readModels;
  }

  @Override
  public boolean durableReadModels() {
    return false;
  }

  @Override
  public void close() {
    if (readModels != null) readModels.close();
    db.close();
  }
}

package dev.eventscope.runtime.store.embedded;

import dev.eventscope.runtime.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite file and its connections: one writer, guarded by a lock so appends are strictly
 * one at a time (that is what makes positions gap-safe: an AUTOINCREMENT position is assigned and
 * committed inside the single write transaction, so a later position can never become visible
 * before an earlier one), and {@link #READERS} readers, which in WAL mode read committed data
 * without waiting for the writer or for each other (a replay's read-ahead threads each get one).
 * Every connection is used by one thread at a time under its own lock, so SQLite's per-call mutex
 * is left out ({@code NOMUTEX}).
 */
final class SqliteDatabase implements AutoCloseable {
  static final String FILE_NAME = "eventscope.db";
  private static final int SCHEMA_VERSION = 1;
  private static final int BUSY_TIMEOUT_MS = 5_000;
  static final int READERS = 2;

  private final Path file;
  private final Connection writer; // null when opened read-only
  private final Readers readers;
  private final ReentrantLock writeLock = new ReentrantLock();

  /** Work on one connection; SQL errors are turned into store errors by the caller of the work. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private SqliteDatabase(Path file, Connection writer, Readers readers) {
    this.file = file;
    this.writer = writer;
    this.readers = readers;
  }

  static SqliteDatabase openReadWrite(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StoreUnavailableException("cannot create the data folder " + file.getParent() + ": " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setOpenMode(SQLiteOpenMode.NOMUTEX);
    // WAL + synchronous=NORMAL: a commit is in the WAL file (the OS has it) when append returns,
    // so a killed process loses nothing; only a power cut or OS crash can lose the last commits.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS); // another process on the same folder waits, not fails
    Connection writer = null;
    try {
      writer = config.createConnection("jdbc:sqlite:" + file);
      createSchema(writer, file);
      return new SqliteDatabase(file, writer, Readers.open(config, "jdbc:sqlite:" + file, READERS));
    } catch (SQLException e) {
      closeQuietly(writer);
      throw new StoreUnavailableException("cannot open the embedded store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens without writing a byte. SQLite's {@code mode=ro} alone would still create the {@code -wal}
   * and {@code -shm} side files of a WAL database, so when no writer has left a WAL behind the file
   * is opened {@code immutable}: no locks, no side files. When a WAL exists (a writer is running or
   * crashed) its content is needed, so the file is opened {@code mode=ro} and reads through it.
   */
  static SqliteDatabase openReadOnly(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new StoreUnavailableException("no embedded store in " + dataDir.toAbsolutePath() + " (" + FILE_NAME + " not found)", null);
    }
    boolean walPresent = Files.exists(file.resolveSibling(FILE_NAME + "-wal"));
    SQLiteConfig config = new SQLiteConfig();
    config.setOpenMode(SQLiteOpenMode.NOMUTEX);
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    String url = "jdbc:sqlite:file:" + file + (walPresent ? "?mode=ro" : "?mode=ro&immutable=1");
    Readers readers = null;
    try {
      readers = Readers.open(config, url, READERS);
      readers.read(connection -> {
        checkSchemaVersion(connection, file);
        return null;
      });
      return new SqliteDatabase(file, null, readers);
    } catch (SQLException e) {
      if (readers != null) readers.close();
      throw new StoreUnavailableException("cannot open the embedded store " + file + " read-only: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (readers != null) readers.close();
      throw e;
    }
  }

  private static void createSchema(Connection connection, Path file) throws SQLException {
    checkSchemaVersion(connection, file);
    try (Statement statement = connection.createStatement()) {
      statement.execute("""
          CREATE TABLE IF NOT EXISTS events (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            aggregate_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            correlation_id TEXT NOT NULL,
            causation_id TEXT,
            occurred_at TEXT NOT NULL,
            source TEXT,
            payload TEXT NOT NULL,
            UNIQUE (aggregate_id, version))""");
      statement.execute("CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL)");
      statement.execute("""
          CREATE TABLE IF NOT EXISTS deadletters (
            id TEXT PRIMARY KEY,
            subscriber TEXT NOT NULL,
            position INTEGER NOT NULL,
            envelope TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            error TEXT,
            parked_at TEXT NOT NULL)""");
      statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
    }
  }

  /** A file written by a newer Eventscope may hold tables this one would misread. */
  private static void checkSchemaVersion(Connection connection, Path file) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
      int version = rows.next() ? rows.getInt(1) : 0;
      if (version > SCHEMA_VERSION) {
        throw new SQLException(file + " has schema version " + version + "; this Eventscope reads up to " + SCHEMA_VERSION);
      }
    }
  }

  boolean readOnly() {
    return writer == null;
  }

  Path file() {
    return file;
  }

  /** Runs the work in one IMMEDIATE transaction (the write lock is taken up front, no upgrade deadlock). */
  <T> T write(String what, Work<T> work) {
    if (writer == null) throw new UnsupportedOperationException("the embedded store " + file + " is open read-only: cannot " + what);
    writeLock.lock();
    try {
      execute(writer, "BEGIN IMMEDIATE");
      boolean committed = false;
      try {
        T result = work.run(writer);
        execute(writer, "COMMIT");
        committed = true;
        return result;
      } finally {
        if (!committed) rollbackQuietly();
      }
    } catch (SQLException e) {
      throw unavailable(what, e);
    } finally {
      writeLock.unlock();
    }
  }

  <T> T read(String what, Work<T> work) {
    try {
      return readers.read(work);
    } catch (SQLException e) {
      throw unavailable(what, e);
    }
  }

  private StoreUnavailableException unavailable(String what, SQLException e) {
    return new StoreUnavailableException("embedded store " + file + " failed to " + what + ": " + e.getMessage(), e);
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void rollbackQuietly() {
    try {
      execute(writer, "ROLLBACK");
    } catch (SQLException ignored) {
      // the transaction is gone either way; the original error is the one worth reporting
    }
  }

  @Override
  public void close() {
    // The readers first: the last connection to close checkpoints the WAL into the main file and
    // removes the -wal/-shm files, leaving one self-contained file behind.
    readers.close();
    if (writer != null) {
      writeLock.lock();
      try {
        closeQuietly(writer);
      } finally {
        writeLock.unlock();
      }
    }
  }

  static void closeQuietly(Connection connection) {
    if (connection == null) return;
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing: nothing left to do with this connection
    }
  }
}

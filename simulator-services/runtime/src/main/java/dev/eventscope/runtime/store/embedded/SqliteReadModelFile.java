package dev.eventscope.runtime.store.embedded;

import dev.eventscope.runtime.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;

/**
 * A scratch SQLite file that holds the embedded store's read-model rows off the Java heap, so a
 * long run's memory stays flat. The rows are rebuilt from the events at every start (as in-memory
 * ones were), so the file needs no durability: one connection, no sync, no journal on disk. It is
 * private to its store ({@code eventscope-read-models-<pid>-<n>.db} in the temp folder), deleted on
 * close, and files left by killed processes are deleted by the next one that opens.
 */
final class SqliteReadModelFile implements AutoCloseable {
  private static final Pattern NAME = Pattern.compile("eventscope-read-models-(\\d+)-\\d+\\.db");
  private static final AtomicInteger OPENED = new AtomicInteger();

  private final Path file;
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();

  /** Work on the connection while holding its lock. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private SqliteReadModelFile(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  static SqliteReadModelFile open(Path folder) {
    deleteLeftovers(folder);
    Path file = folder.resolve("eventscope-read-models-" + ProcessHandle.current().pid() + "-" + OPENED.incrementAndGet() + ".db");
    try {
      Files.deleteIfExists(file);
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
      config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
      config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
      config.setCacheSize(-8_192); // KiB of pages in native memory, not on the heap
      return new SqliteReadModelFile(file, config.createConnection("jdbc:sqlite:" + file));
    } catch (IOException | SQLException e) {
      throw new StoreUnavailableException("cannot open the read-model file " + file + ": " + e.getMessage(), e);
    }
  }

  <T> T use(String what, Work<T> work) {
    lock.lock();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreUnavailableException("read models in " + file + " failed to " + what + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} in one transaction: readers (who wait for the lock) see all of it or none. */
  <T> T inTransaction(String what, Work<T> work) {
    return use(what, connection -> {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    });
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
      Files.deleteIfExists(file);
    } catch (SQLException | IOException ignored) {
      // a scratch file: the next process to open one deletes what is left
    } finally {
      lock.unlock();
    }
  }

  private static void deleteLeftovers(Path folder) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "eventscope-read-models-*.db")) {
      for (Path leftover : files) {
        Matcher name = NAME.matcher(leftover.getFileName().toString());
        if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) Files.deleteIfExists(leftover);
      }
    } catch (IOException | RuntimeException ignored) {
      // best effort: a leftover only takes disk space
    }
  }
}

package dev.eventscope.runtime.store.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * A few read-only connections to one SQLite file, each used by one thread at a time. A read takes
 * the first free connection, or waits for the one its thread is assigned, so threads reading at
 * once (a replay's read-ahead) each run on a connection of their own.
 */
final class Readers implements AutoCloseable {
  /** One connection and the lock of the thread using it. */
  private record Reader(Connection connection, ReentrantLock lock) {}

  private final List<Reader> readers;

  private Readers(List<Reader> readers) {
    this.readers = readers;
  }

  static Readers open(SQLiteConfig config, String url, int count) throws SQLException {
    List<Reader> opened = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        Connection connection = config.createConnection(url);
        opened.add(new Reader(connection, new ReentrantLock()));
        try (Statement statement = connection.createStatement()) {
          statement.execute("PRAGMA query_only = 1");
        }
      }
      return new Readers(List.copyOf(opened));
    } catch (SQLException e) {
      opened.forEach(reader -> SqliteDatabase.closeQuietly(reader.connection()));
      throw e;
    }
  }

  <T> T read(SqliteDatabase.Work<T> work) throws SQLException {
    Reader reader = take();
    try {
      return work.run(reader.connection());
    } finally {
      reader.lock().unlock();
    }
  }

  /**
   * Locks a reader and answers it: one this thread holds already (a read within a read), else the
   * first free one, else it waits for the one its thread is assigned.
   */
  private Reader take() {
    for (Reader reader : readers) {
      if (reader.lock().isHeldByCurrentThread() && reader.lock().tryLock()) return reader;
    }
    for (Reader reader : readers) {
      if (reader.lock().tryLock()) return reader;
    }
    Reader assigned = readers.get((int) (Thread.currentThread().getId() % readers.size()));
    assigned.lock().lock();
    return assigned;
  }

  @Override
  public void close() {
    for (Reader reader : readers) {
      reader.lock().lock();
      try {
        SqliteDatabase.closeQuietly(reader.connection());
      } finally {
        reader.lock().unlock();
      }
    }
  }
}

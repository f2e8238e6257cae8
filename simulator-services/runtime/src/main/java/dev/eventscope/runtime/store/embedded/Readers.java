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
  private final List<Connection> connections;
  private final List<ReentrantLock> locks = new ArrayList<>();

  private Readers(List<Connection> connections) {
    this.connections = connections;
    for (int i = 0; i < connections.size(); i++) locks.add(new ReentrantLock());
  }

  static Readers open(SQLiteConfig config, String url, int count) throws SQLException {
    List<Connection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        Connection connection = config.createConnection(url);
        connections.add(connection);
        try (Statement statement = connection.createStatement()) {
          statement.execute("PRAGMA query_only = 1");
        }
      }
      return new Readers(List.copyOf(connections));
    } catch (SQLException e) {
      connections.forEach(SqliteDatabase::closeQuietly);
      throw e;
    }
  }

  <T> T read(SqliteDatabase.Work<T> work) throws SQLException {
    int index = take();
    try {
      return work.run(connections.get(index));
    } finally {
      locks.get(index).unlock();
    }
  }

  /**
   * Locks a connection and answers which: one this thread holds already (a read within a read), else
   * the first free one, else it waits for the one its thread is assigned.
   */
  private int take() {
    for (int i = 0; i < locks.size(); i++) {
      if (locks.get(i).isHeldByCurrentThread() && locks.get(i).tryLock()) return i;
    }
    for (int i = 0; i < locks.size(); i++) {
      if (locks.get(i).tryLock()) return i;
    }
    int assigned = (int) (Thread.currentThread().getId() % locks.size());
    locks.get(assigned).lock();
    return assigned;
  }

  @Override
  public void close() {
    for (int i = 0; i < connections.size(); i++) {
      locks.get(i).lock();
      try {
        SqliteDatabase.closeQuietly(connections.get(i));
      } finally {
        locks.get(i).unlock();
      }
    }
  }
}

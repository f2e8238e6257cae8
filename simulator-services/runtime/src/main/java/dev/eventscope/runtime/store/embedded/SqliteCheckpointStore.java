package dev.eventscope.runtime.store.embedded;

import dev.eventscope.runtime.store.CheckpointStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;

/** Checkpoints in the {@code checkpoints} table, beside the events they point into. */
final class SqliteCheckpointStore implements CheckpointStore {
  private final SqliteDatabase db;

  SqliteCheckpointStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public OptionalLong read(String name) {
    return db.read("read checkpoint " + name, connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT position FROM checkpoints WHERE name = ?")) {
        query.setString(1, name);
        try (ResultSet rows = query.executeQuery()) {
          return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
        }
      }
    });
  }

  @Override
  public void write(String name, long position) {
    db.write("write checkpoint " + name, connection -> {
      try (PreparedStatement upsert = connection.prepareStatement(
          "INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position")) {
        upsert.setString(1, name);
        upsert.setLong(2, position);
        return upsert.executeUpdate();
      }
    });
  }
}

package dev.eventscope.runtime.store.embedded;

import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreFixtures;
import dev.eventscope.runtime.store.UndecodableEventsContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

/** Bad rows written with plain JDBC into the embedded store's SQLite file. */
class EmbeddedUndecodableEventsTest extends UndecodableEventsContract {
  @TempDir
  Path dataDir;

  @Override
  protected StoreBackend openBackend() {
    return new EmbeddedBackend(dataDir, StoreFixtures.CODEC);
  }

  @Override
  protected void writeStoredEvent(String aggregateId, String type, int schemaVersion, String payload) {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(EmbeddedBackend.FILE_NAME));
         PreparedStatement insert = connection.prepareStatement("""
             INSERT INTO events (aggregate_id, version, message_id, type, schema_version, correlation_id,
                                 causation_id, occurred_at, source, payload)
             VALUES (?, 1, ?, ?, ?, ?, NULL, '2024-11-29T09:00:00Z', 'orders', ?)""")) {
      String messageId = UUID.randomUUID().toString();
      insert.setString(1, aggregateId);
      insert.setString(2, messageId);
      insert.setString(3, type);
      insert.setInt(4, schemaVersion);
      insert.setString(5, messageId);
      insert.setString(6, payload);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.eventscope.runtime.store.embedded;

import dev.eventscope.runtime.store.EventStoreContract;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreFixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedEventStoreTest extends EventStoreContract {
  @TempDir
  Path dataDir;

  @Override
  protected StoreBackend openBackend() {
    return new EmbeddedBackend(dataDir, StoreFixtures.CODEC);
  }

  @Override
  protected boolean writeStoredV1OrderPlaced(String aggregateId, UUID orderId, UUID messageId) {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(EmbeddedBackend.FILE_NAME));
         PreparedStatement insert = connection.prepareStatement("""
             INSERT INTO events (aggregate_id, version, message_id, type, schema_version, correlation_id,
                                 causation_id, occurred_at, source, payload)
             VALUES (?, 1, ?, 'OrderPlaced', 1, ?, NULL, ?, 'orders', ?)""")) {
      insert.setString(1, aggregateId);
      insert.setString(2, messageId.toString());
      insert.setString(3, messageId.toString());
      insert.setString(4, Instant.parse("2023-05-01T10:15:30Z").toString());
      insert.setString(5, StoreFixtures.orderPlacedV1Payload(orderId));
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

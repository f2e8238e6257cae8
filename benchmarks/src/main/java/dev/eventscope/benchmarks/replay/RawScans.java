package dev.eventscope.benchmarks.replay;

import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCursor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.bson.RawBsonDocument;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** The raw scan of each store. */
final class RawScans {
  private static final int PAGE = 5_000;
  private static final int[] TEXT_COLUMNS = {2, 4, 5, 7, 8, 9, 10, 11};

  private RawScans() {}

  /**
   * SQLite through JDBC, read-only and opened as the embedded store opens its readers (no per-call
   * mutex: about a fifth faster than the driver's defaults): every column of every row as the driver
   * hands it over (numbers as numbers, text as its bytes), nothing decoded, as the store selects them.
   */
  static RawScan sqlite(Path databaseFile) {
    return () -> {
      long read = 0;
      long bytes = 0;
      SQLiteConfig config = new SQLiteConfig();
      config.setOpenMode(SQLiteOpenMode.NOMUTEX);
      config.setReadOnly(true);
      try (Connection connection = config.createConnection("jdbc:sqlite:file:" + databaseFile + "?mode=ro");
          Statement statement = connection.createStatement()) {
        statement.setFetchSize(PAGE);
        try (ResultSet rows = statement.executeQuery("SELECT position, aggregate_id, version, message_id, type, schema_version, "
            + "correlation_id, causation_id, occurred_at, source, payload FROM events ORDER BY position")) {
          while (rows.next()) {
            bytes += rows.getLong(1) + rows.getLong(3) + rows.getInt(6);
            for (int column : TEXT_COLUMNS) {
              byte[] text = rows.getBytes(column);
              bytes += text == null ? 0 : text.length;
            }
            read++;
          }
        }
      }
      return bytes == 0 ? 0 : read;
    };
  }

  /** The MongoDB sync driver: the events collection in position order, as raw BSON. */
  static RawScan mongo(String connectionString, String database) {
    return () -> {
      long read = 0;
      long bytes = 0;
      try (MongoClient client = MongoClients.create(connectionString);
          MongoCursor<RawBsonDocument> cursor = client.getDatabase(database).getCollection("events", RawBsonDocument.class)
              .find().sort(ascending("_id")).batchSize(PAGE).iterator()) {
        while (cursor.hasNext()) {
          bytes += cursor.next().getByteBuffer().remaining();
          read++;
        }
      }
      return bytes == 0 ? 0 : read;
    };
  }
}

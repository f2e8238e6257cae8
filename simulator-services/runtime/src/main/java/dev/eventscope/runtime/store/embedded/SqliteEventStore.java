package dev.eventscope.runtime.store.embedded;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.StoredEventJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Events in the {@code events} table. The expected-version check and the inserts share one write
 * transaction, so a conflicting append (from this process or another one on the same file) either
 * sees the newer version or waits for the lock; positions are AUTOINCREMENT values committed in
 * order (see {@link SqliteDatabase}).
 */
final class SqliteEventStore implements EventStore {
  private static final String COLUMNS = StoredRow.COLUMNS;
  private static final String INSERT = "INSERT INTO events (aggregate_id, version, message_id, type, schema_version,"
      + " correlation_id, causation_id, occurred_at, source, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final SqliteDatabase db;
  private final StoredEventJson json;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final StoredNames names = new StoredNames();

  SqliteEventStore(SqliteDatabase db, StoredEventJson json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> events) {
    if (events.isEmpty()) return List.of();
    List<StoredEvent> stored = db.write("append to " + aggregateId, connection -> {
      long actual = streamVersion(connection, aggregateId);
      if (actual != expectedVersion) {
        List<StoredEvent> earlier = select(connection,
            "WHERE aggregate_id = ? AND version > ? AND version <= ? ORDER BY version",
            aggregateId, expectedVersion, expectedVersion + events.size());
        if (sameMessages(earlier, events)) return earlier;
        throw new ConcurrencyException(aggregateId, expectedVersion, actual);
      }
      return insert(connection, aggregateId, expectedVersion, events);
    });
    for (Runnable listener : listeners) listener.run();
    return stored;
  }

  private List<StoredEvent> insert(Connection connection, String aggregateId, long expectedVersion, List<Envelope<Event>> events)
      throws SQLException {
    List<Envelope<Event>> placed = new ArrayList<>(events.size());
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      long version = expectedVersion;
      for (Envelope<Event> event : events) {
        Envelope<Event> inStream = event.inStream(aggregateId, ++version);
        insert.setString(1, aggregateId);
        insert.setLong(2, version);
        insert.setString(3, inStream.messageId().toString());
        insert.setString(4, inStream.type());
        insert.setInt(5, inStream.schemaVersion());
        insert.setString(6, inStream.correlationId().toString());
        insert.setString(7, inStream.causationId() == null ? null : inStream.causationId().toString());
        insert.setString(8, inStream.occurredAt().toString());
        insert.setString(9, inStream.source());
        insert.setString(10, json.text(json.codec().payloadTree(inStream.payload())));
        insert.executeUpdate();
        placed.add(inStream);
      }
    } catch (SQLiteException e) {
      if (e.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE && e.getMessage().contains("message_id")) {
        // Not a version race (that was ruled out above, under the lock): the same message was
        // already stored somewhere else, which is a caller bug rather than something to retry.
        throw new IllegalArgumentException("a message of this append is already stored in another stream: " + e.getMessage(), e);
      }
      throw e;
    }
    // One writer inside one transaction: AUTOINCREMENT handed out consecutive positions.
    long last;
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT last_insert_rowid()")) {
      rows.next();
      last = rows.getLong(1);
    }
    List<StoredEvent> stored = new ArrayList<>(placed.size());
    long position = last - placed.size();
    for (Envelope<Event> envelope : placed) stored.add(new StoredEvent(++position, envelope));
    return stored;
  }

  private static boolean sameMessages(List<StoredEvent> earlier, List<Envelope<Event>> events) {
    if (earlier.size() != events.size()) return false;
    for (int i = 0; i < events.size(); i++) {
      if (!earlier.get(i).envelope().messageId().equals(events.get(i).messageId())) return false;
    }
    return true;
  }

  private static long streamVersion(Connection connection, String aggregateId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT MAX(version) FROM events WHERE aggregate_id = ?")) {
      query.setString(1, aggregateId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0; // MAX of nothing is NULL, which getLong reads as 0
      }
    }
  }

  @Override
  public List<StoredEvent> readStream(String aggregateId, long afterVersion) {
    return decode(db.read("read stream " + aggregateId, connection ->
        rows(connection, "WHERE aggregate_id = ? AND version > ? ORDER BY version", aggregateId, afterVersion)));
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    if (limit <= 0) return List.of();
    return decode(db.read("read events", connection ->
        rows(connection, "WHERE position > ? ORDER BY position LIMIT ?", afterPosition, limit)));
  }

  @Override
  public long lastPosition() {
    return db.read("read the last position", SqliteEventStore::maxPosition);
  }

  private static long maxPosition(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT MAX(position) FROM events")) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  /**
   * A narrow range is counted through the table; a wide one through the smaller unique index on
   * (aggregate id, version), which holds every row's position too (the {@code +} keeps SQLite from
   * choosing the table): for a million events about half the time, as the table's pages hold the payloads.
   */
  @Override
  public long countBetween(long afterPosition, long untilPosition) {
    return db.read("count events", connection -> {
      boolean wide = (untilPosition - afterPosition) * 2 >= maxPosition(connection);
      String sql = wide ? "SELECT COUNT(*) FROM events WHERE +position > ? AND +position <= ?"
          : "SELECT COUNT(*) FROM events WHERE position > ? AND position <= ?";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setLong(1, afterPosition);
        query.setLong(2, untilPosition);
        try (ResultSet rows = query.executeQuery()) {
          return rows.next() ? rows.getLong(1) : 0;
        }
      }
    });
  }

  private List<StoredEvent> select(Connection connection, String where, Object... arguments) throws SQLException {
    return decode(rows(connection, where, arguments));
  }

  /** The selected rows as the driver hands them over: under the read lock, nothing but the driver's work. */
  private static List<StoredRow> rows(Connection connection, String where, Object... arguments) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM events " + where)) {
      for (int i = 0; i < arguments.length; i++) query.setObject(i + 1, arguments[i]);
      try (ResultSet rows = query.executeQuery()) {
        List<StoredRow> read = new ArrayList<>();
        while (rows.next()) read.add(StoredRow.of(rows));
        return read;
      }
    }
  }

  /** The rows as events: outside the lock, so one reader decodes while another reads. */
  private List<StoredEvent> decode(List<StoredRow> rows) {
    List<StoredEvent> events = new ArrayList<>(rows.size());
    for (StoredRow row : rows) events.add(row.decode(json, names));
    return events;
  }

  @Override
  public void onAppend(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public String describe() {
    return "embedded (" + db.file().getParent() + (db.readOnly() ? ", read-only)" : ")");
  }
}

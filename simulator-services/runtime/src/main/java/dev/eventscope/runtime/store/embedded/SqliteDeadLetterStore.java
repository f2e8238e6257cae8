package dev.eventscope.runtime.store.embedded;

import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.StoredEventJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Parked messages in the {@code deadletters} table. The event is kept as a whole envelope (not a
 * reference to {@code events}) so a parked message stays inspectable even if it came from another
 * store, and it is upcast like any stored event when read.
 */
final class SqliteDeadLetterStore implements DeadLetterStore {
  private static final String COLUMNS = "id, subscriber, position, envelope, attempts, error, parked_at";
  private static final Comparator<DeadLetter> PARKING_ORDER =
      Comparator.comparing(DeadLetter::parkedAt).thenComparing(DeadLetter::id);

  private final SqliteDatabase db;
  private final StoredEventJson json;

  SqliteDeadLetterStore(SqliteDatabase db, StoredEventJson json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public void park(DeadLetter letter) {
    db.write("park " + letter.id(), connection -> {
      try (PreparedStatement upsert = connection.prepareStatement(
          "INSERT OR REPLACE INTO deadletters (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        upsert.setString(1, letter.id().toString());
        upsert.setString(2, letter.subscriber());
        upsert.setLong(3, letter.event().position());
        upsert.setString(4, json.text(json.envelopeTree(letter.event().envelope())));
        upsert.setInt(5, letter.attempts());
        upsert.setString(6, letter.error());
        upsert.setString(7, letter.parkedAt().toString());
        return upsert.executeUpdate();
      }
    });
  }

  @Override
  public List<DeadLetter> list() {
    List<DeadLetter> letters = db.read("list dead letters", connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM deadletters");
           ResultSet rows = query.executeQuery()) {
        List<DeadLetter> all = new ArrayList<>();
        while (rows.next()) all.add(letter(rows));
        return all;
      }
    });
    // Sorted here rather than in SQL: ISO instants with varying fraction digits don't sort as text.
    letters.sort(PARKING_ORDER);
    return letters;
  }

  @Override
  public Optional<DeadLetter> find(UUID id) {
    return db.read("find dead letter " + id, connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM deadletters WHERE id = ?")) {
        query.setString(1, id.toString());
        try (ResultSet rows = query.executeQuery()) {
          return rows.next() ? Optional.of(letter(rows)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public boolean remove(UUID id) {
    return db.write("remove dead letter " + id, connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM deadletters WHERE id = ?")) {
        delete.setString(1, id.toString());
        return delete.executeUpdate() > 0;
      }
    });
  }

  private DeadLetter letter(ResultSet row) throws SQLException {
    long position = row.getLong("position");
    StoredEvent event = new StoredEvent(position, json.eventOrUndecodable(position, json.parseOrText(row.getString("envelope"))));
    return new DeadLetter(
        UUID.fromString(row.getString("id")),
        row.getString("subscriber"),
        event,
        row.getInt("attempts"),
        row.getString("error"),
        Instant.parse(row.getString("parked_at")));
  }
}

package dev.eventscope.runtime.store.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.runtime.projection.ReadModelStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One read model's rows as JSON in table {@code rm_<name>} of the scratch read-model file. */
final class SqliteReadModelStore<T> implements ReadModelStore<T> {
  private final SqliteReadModelFile file;
  private final String table;
  private final Class<T> rowType;
  private final ObjectMapper mapper;
  private PreparedStatement select;
  private PreparedStatement upsert;

  SqliteReadModelStore(SqliteReadModelFile file, String table, Class<T> rowType, ObjectMapper mapper) {
    this.file = file;
    this.table = table;
    this.rowType = rowType;
    this.mapper = mapper;
    file.use("create " + table, connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS \"" + table + "\" (id TEXT PRIMARY KEY, row TEXT NOT NULL)");
      }
      // Prepared once: every use holds the file's lock, so one statement of each kind serves all threads.
      select = connection.prepareStatement("SELECT row FROM \"" + table + "\" WHERE id = ?");
      upsert = connection.prepareStatement(
          "INSERT INTO \"" + table + "\" (id, row) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET row = excluded.row");
      return null;
    });
  }

  @Override
  public Optional<T> get(String id) {
    String json = file.use("read a row of " + table, connection -> {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    });
    return Optional.ofNullable(json).map(this::row);
  }

  @Override
  public void put(String id, T row) {
    String json = json(row);
    file.use("write a row of " + table, connection -> upsert(id, json));
  }

  @Override
  public Collection<T> all() {
    List<String> json = file.use("read " + table, connection -> {
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT row FROM \"" + table + "\"")) {
        while (result.next()) rows.add(result.getString(1));
      }
      return rows;
    });
    List<T> all = new ArrayList<>(json.size());
    for (String row : json) all.add(row(row));
    return all;
  }

  @Override
  public long count() {
    return file.use("count " + table, connection -> {
      try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
        return result.next() ? result.getLong(1) : 0L;
      }
    });
  }

  @Override
  public void clear() {
    file.use("clear " + table, connection -> deleteAll(connection));
  }

  /** One transaction: readers see the old rows or the new ones, never a mix. */
  @Override
  public void replaceAll(Map<String, ? extends T> next) {
    Map<String, String> json = new LinkedHashMap<>();
    next.forEach((id, row) -> json.put(id, json(row)));
    file.inTransaction("replace the rows of " + table, connection -> {
      deleteAll(connection);
      for (Map.Entry<String, String> row : json.entrySet()) upsert(row.getKey(), row.getValue());
      return null;
    });
  }

  private int upsert(String id, String json) throws SQLException {
    upsert.setString(1, id);
    upsert.setString(2, json);
    return upsert.executeUpdate();
  }

  private int deleteAll(java.sql.Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate("DELETE FROM \"" + table + "\"");
    }
  }

  private String json(T row) {
    try {
      return mapper.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(rowType.getSimpleName() + " cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private T row(String json) {
    try {
      return mapper.readValue(json, rowType);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(table + " holds a row that is not a " + rowType.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}

package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.runtime.store.embedded.EmbeddedBackend;
import dev.eventscope.services.simulation.Simulation;
import dev.eventscope.services.simulation.SimulationConfig;
import dev.eventscope.services.simulation.SimulationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded store with bad rows written by plain JDBC (a corrupt body, an unknown type, a newer
 * schema version), then more orders simulated on top: nothing crashes, and every surface says which
 * events it could not read and why.
 */
class UndecodableEventsCliTest {
  @TempDir static Path tempDir;
  static Path data;
  static String orderId;
  static SimulationReport secondRun;

  @BeforeAll
  static void storeWithBadRowsInTheMiddle() throws SQLException {
    data = tempDir.resolve("data");
    Simulation.run(SimulationConfig.defaults().withOrders(5).withStore("embedded", data));
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(EmbeddedBackend.FILE_NAME))) {
      orderId = firstOrder(db);
      insert(db, orderId, nextVersion(db, orderId), "OrderTeleported", 1, "{\"orderId\":\"" + orderId + "\"}");
      insert(db, "order-" + UUID.randomUUID(), 1, "OrderPlaced", 2, "{\"orderId\": \"3f1d\", \"lines\": [");
      insert(db, "order-" + UUID.randomUUID(), 1, "OrderPlaced", 99, "{}");
    }
    secondRun = Simulation.run(SimulationConfig.defaults().withOrders(5).withSeed(7).withStore("embedded", data));
  }

  private static String firstOrder(Connection db) throws SQLException {
    try (ResultSet row = db.createStatement().executeQuery("SELECT aggregate_id FROM events WHERE type = 'OrderPlaced' LIMIT 1")) {
      row.next();
      return row.getString(1);
    }
  }

  private static long nextVersion(Connection db, String aggregateId) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("SELECT MAX(version) FROM events WHERE aggregate_id = ?")) {
      query.setString(1, aggregateId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1) + 1;
      }
    }
  }

  private static void insert(Connection db, String aggregateId, long version, String type, int schemaVersion, String payload)
      throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO events (aggregate_id, version, message_id, type, schema_version, correlation_id, causation_id,
                            occurred_at, source, payload)
        VALUES (?, ?, ?, ?, ?, ?, NULL, '2026-01-01T10:00:00Z', 'orders', ?)""")) {
      String id = UUID.randomUUID().toString();
      insert.setString(1, aggregateId);
      insert.setLong(2, version);
      insert.setString(3, id);
      insert.setString(4, type);
      insert.setInt(5, schemaVersion);
      insert.setString(6, id);
      insert.setString(7, payload);
      insert.executeUpdate();
    }
  }

  @Test
  void orders_simulated_after_the_bad_rows_still_flow_and_stay_consistent() {
    assertThat(secondRun.orders().confirmed() + secondRun.orders().rejected()).isEqualTo(5);
    assertThat(secondRun.consistency().ok()).as(String.valueOf(secondRun.consistency())).isTrue();
  }

  @Test
  void inspect_lists_the_undecodable_event_with_its_reason_and_stops_the_state_before_it() {
    CliRun run = new CliRun(tempDir.resolve("home"));

    assertThat(run.run("inspect", orderId, "--data", data.toString())).as(run.err()).isZero();

    assertThat(run.out()).contains("UNDECODABLE: unknown message type 'OrderTeleported'", "the state stops at v");
  }

  @Test
  void a_replay_lists_each_undecodable_event_as_skipped_with_its_reason() throws IOException {
    Path report = tempDir.resolve("replay.json");
    CliRun run = new CliRun(tempDir.resolve("home"));

    int code = run.run("replay", "--data", data.toString(), "--target", "projections", "--report", report.toString());

    assertThat(code).as(run.err()).isIn(Cli.OK, Cli.CHECK_FAILED);
    JsonNode skipped = new ObjectMapper().readTree(report.toFile()).get("skipped");
    assertThat(skipped.findValuesAsText("reason")).anyMatch(r -> r.contains("unknown message type 'OrderTeleported'"))
        .anyMatch(r -> r.contains("the stored payload is not JSON"))
        .anyMatch(r -> r.contains("schema version 99 is newer"));
  }
}

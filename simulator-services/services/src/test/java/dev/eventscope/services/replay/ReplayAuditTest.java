package dev.eventscope.services.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayAuditTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path folder;

  private static ReplayReport completed() {
    return new ReplayReport("job-1", "completed", 12, 10, List.of(new ReplayReport.Skip("projection:x", "no reader", 2, 5)),
        Map.of(), 34, 100.0, true, List.of(), 0, "max", null, null);
  }

  private static AuditedReplay what() {
    return new AuditedReplay(ReplayAudit.CLI, "mongodb (mongodb://admin:hunter2@db.example:27017/es)", null,
        ReplaySelection.all().ofTypes(Set.of("OrderPlaced")).positions(5, 90L), List.of("projection:order-summary"), "max", false);
  }

  private List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) lines.add(JSON.readTree(line));
    return lines;
  }

  @Test
  void a_replay_leaves_a_line_when_it_starts_and_one_when_it_ends() throws IOException {
    ReplayAudit audit = ReplayAudit.at(folder.resolve("state/replay-audit.jsonl"));

    ReplayReport report = audit.around("job-1", what(), ReplayAuditTest::completed);

    assertThat(report.replayed()).isEqualTo(10);
    List<JsonNode> lines = lines(audit.file());
    assertThat(lines).hasSize(2);
    JsonNode started = lines.get(0);
    assertThat(started.get("event").asText()).isEqualTo("started");
    assertThat(started.get("id").asText()).isEqualTo("job-1");
    assertThat(started.get("origin").asText()).isEqualTo("cli");
    assertThat(started.get("store").asText()).isEqualTo("mongodb (mongodb://***@db.example:27017/es)");
    assertThat(started.get("selection").toString()).isEqualTo("{\"fromPosition\":5,\"toPosition\":90,\"types\":[\"OrderPlaced\"]}");
    assertThat(started.get("targets").get(0).asText()).isEqualTo("projection:order-summary");
    assertThat(started.get("dryRun").asBoolean()).isFalse();
    assertThat(started.has("result")).isFalse();
    JsonNode result = lines.get(1).get("result");
    assertThat(lines.get(1).get("event").asText()).isEqualTo("ended");
    assertThat(result.get("outcome").asText()).isEqualTo("completed");
    assertThat(result.get("selected").asLong()).isEqualTo(12);
    assertThat(result.get("replayed").asLong()).isEqualTo(10);
    assertThat(result.get("skipped").asLong()).isEqualTo(2);
    assertThat(result.get("durationMs").asLong()).isEqualTo(34);
    assertThat(result.get("rebuiltEqualsOriginal").asBoolean()).isTrue();
    assertThat(Files.readString(audit.file())).doesNotContain("hunter2");
  }

  @Test
  void a_failed_replay_is_recorded_with_its_reason_and_still_fails() throws IOException {
    ReplayAudit audit = ReplayAudit.at(folder.resolve("replay-audit.jsonl"));

    assertThatThrownBy(() -> audit.around("job-2", what(), () -> {
      throw new IllegalStateException("cannot reach mongodb://admin:hunter2@db.example:27017/es\n\tat some.Frame");
    })).isInstanceOf(IllegalStateException.class);

    JsonNode result = lines(audit.file()).get(1).get("result");
    assertThat(result.get("outcome").asText()).isEqualTo("failed");
    assertThat(result.get("error").asText()).isEqualTo("cannot reach mongodb://***@db.example:27017/es");
  }

  @Test
  void a_log_that_cannot_be_written_does_not_stop_the_replay() throws IOException {
    Path blocker = folder.resolve("not-a-folder");
    Files.writeString(blocker, "x");
    ReplayAudit audit = ReplayAudit.at(blocker.resolve("replay-audit.jsonl"));

    assertThat(audit.around("job-3", what(), ReplayAuditTest::completed).state()).isEqualTo("completed");
  }

  @Test
  void the_state_folder_follows_xdg_and_ignores_a_relative_value() {
    Path home = Path.of("/home/ada");
    assertThat(ReplayAudit.stateFolder(Map.of(), home)).isEqualTo(Path.of("/home/ada/.local/state/eventscope"));
    assertThat(ReplayAudit.stateFolder(Map.of("XDG_STATE_HOME", "/var/st"), home)).isEqualTo(Path.of("/var/st/eventscope"));
    assertThat(ReplayAudit.stateFolder(Map.of("XDG_STATE_HOME", "rel"), home)).isEqualTo(Path.of("/home/ada/.local/state/eventscope"));
  }

  @Test
  void replays_started_on_a_running_system_are_audited_with_their_origin() throws Exception {
    Path file = folder.resolve("replay-audit.jsonl");
    try (EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
        Replays replays = new Replays(system, ReplayAudit.at(file), ReplayAudit.API)) {
      ReplaysTest.placeOrders(system, 5);
      ReplayRun run = replays.start(ReplayTargetChoice.projections(List.of()), ReplaySelection.all(), ReplaySpeed.MAX, false);
      ReplayReport report = run.result().get(30, TimeUnit.SECONDS);

      await().atMost(Duration.ofSeconds(5)).until(() -> Files.readAllLines(file).size() == 2);
      List<JsonNode> lines = lines(file);
      assertThat(lines.get(0).get("origin").asText()).isEqualTo("api");
      assertThat(lines.get(0).get("id").asText()).isEqualTo(run.id());
      assertThat(lines.get(0).get("store").asText()).isEqualTo(system.backend().events().describe());
      assertThat(lines.get(1).get("result").get("outcome").asText()).isEqualTo("completed");
      assertThat(lines.get(1).get("result").get("replayed").asLong()).isEqualTo(report.replayed());
    }
  }

  @Test
  void the_consoles_replays_go_to_the_users_audit_log_marked_console() throws Exception {
    try (EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of()); Replays replays = new Replays(system)) {
      ReplaysTest.placeOrders(system, 3);
      ReplayRun run = replays.start(ReplayTargetChoice.handlers(List.of("notifications")), ReplaySelection.all(), ReplaySpeed.MAX, false);
      run.result().get(30, TimeUnit.SECONDS);

      // Tests run with XDG_STATE_HOME under target/ (see the surefire configuration), never the real one.
      Path file = ReplayAudit.forUser().file();
      assertThat(file.toString()).contains("target");
      assertThat(Files.readAllLines(file).stream().filter(line -> line.contains(run.id())))
          .hasSize(2).allSatisfy(line -> assertThat(line).contains("\"origin\":\"console\""));
    }
  }
}

package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.services.replay.ReplayAudit;
import dev.eventscope.services.simulation.OrderGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/replays} over real HTTP against a served system holding some orders. */
class ReplayApiTest {
  static final int ORDERS = 60;
  static ApiFixture api;

  @BeforeAll
  static void start_with_some_orders() {
    api = ApiFixture.start();
    List<OrderGenerator.PlannedOrder> plan = OrderGenerator.plan(ORDERS, 11, 0.1, 0.05);
    OrderGenerator.stockFor(plan).forEach((sku, quantity) -> api.system.mediator().send(new RestockItem(sku, quantity), "test"));
    plan.forEach(order -> api.system.mediator().send(order.command(), "test"));
    long[] last = {-1};
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
      long now = api.system.backend().events().lastPosition();
      boolean settled = now == last[0] && api.system.bus().drain(Duration.ofSeconds(1));
      last[0] = now;
      return settled;
    });
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static JsonNode state(String id) {
    ApiFixture.Answer answer = api.get("/api/replays/" + id);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  @Test
  void rebuilds_the_projections_paused_stepped_and_resumed_and_reports_they_equal_the_originals() {
    ApiFixture.Answer started = api.post("/api/replays", "{\"target\":\"projections\",\"paused\":true}");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.headerNames()).contains("location");
    String id = started.json().path("id").asText();
    assertThat(started.json().path("targets")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("projection:order-summary", "projection:stock-levels");

    assertThat(api.post("/api/replays/" + id + "/step", "").status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      JsonNode now = state(id);
      assertThat(now.path("state").asText()).isEqualTo("paused");
      assertThat(now.path("progress").path("done").asLong()).isEqualTo(1);
      assertThat(now.path("progress").path("total").asLong()).isEqualTo(api.system.backend().events().lastPosition());
    });
    api.post("/api/replays", "{\"target\":\"projections\"}").assertProblem(409);

    assertThat(api.post("/api/replays/" + id + "/resume", "").json().path("id").asText()).isEqualTo(id);

    await().atMost(Duration.ofSeconds(30)).until(() -> state(id).path("state").asText().equals("completed"));
    JsonNode report = state(id).path("report");
    assertThat(report.path("selected").asLong()).isEqualTo(api.system.backend().events().lastPosition());
    assertThat(report.path("rebuiltEqualsOriginal").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.path("targets").has("projection:order-summary")).isTrue();
    assertThat(report.has("durationMs")).isTrue();
    assertThat(report.has("eventsPerSecond")).isTrue();
    assertThat(api.get("/api/replays").json()).extracting(node -> node.path("id").asText()).contains(id);
    api.post("/api/replays/" + id + "/pause", "").assertProblem(409);
  }

  @Test
  void re_publishing_to_the_bus_needs_confirmation_that_says_how_many_events() {
    String body = "{\"target\":\"bus\",\"types\":[\"OrderPlaced\"]";
    ApiFixture.Answer asked = api.post("/api/replays", body + "}").assertProblem(409);
    assertThat(asked.json().path("title").asText()).isEqualTo("Confirmation required");
    assertThat(asked.json().path("detail").asText()).contains(ORDERS + " events", "bus:memory");
    assertThat(asked.field()).isEqualTo("confirm");

    ApiFixture.Answer started = api.post("/api/replays", body + ",\"confirm\":true}");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().path("id").asText();
    await().atMost(Duration.ofSeconds(30)).until(() -> state(id).path("state").asText().equals("completed"));
    assertThat(state(id).path("report").path("replayed").asLong()).isEqualTo(ORDERS);
    api.assertHealthy();
  }

  @Test
  void a_cancelled_replay_reports_cancelled_and_is_audited_as_from_the_api() throws IOException {
    String id = api.post("/api/replays", "{\"target\":\"handlers:notifications\",\"paused\":true}").json().path("id").asText();

    JsonNode cancelled = api.post("/api/replays/" + id + "/cancel", "").json();

    assertThat(cancelled.path("id").asText()).isEqualTo(id);
    await().atMost(Duration.ofSeconds(10)).until(() -> state(id).path("state").asText().equals("cancelled"));
    assertThat(state(id).path("report").path("state").asText()).isEqualTo("cancelled");
    // The audit log of the user running the API (under target/ in tests): the replay's lines, marked api.
    Path audit = ReplayAudit.forUser().file();
    await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(audit)
        && Files.readAllLines(audit).stream().anyMatch(line -> line.contains(id) && line.contains("\"outcome\":\"cancelled\"")));
    assertThat(Files.readAllLines(audit).stream().filter(line -> line.contains(id)))
        .hasSize(2).allSatisfy(line -> assertThat(line).contains("\"origin\":\"api\"", "handler:notifications"));
  }

  @Test
  void refuses_bad_replay_requests_as_problems_naming_the_field() {
    assertThat(api.post("/api/replays", "{}").assertProblem(400).field()).isEqualTo("target");
    assertThat(api.post("/api/replays", "{\"target\":\"everything\"}").assertProblem(400).field()).isEqualTo("target");
    assertThat(api.post("/api/replays", "{\"target\":\"projections:nope\"}").assertProblem(400).detail()).contains("nope");
    assertThat(api.post("/api/replays", "{\"target\":\"projections\",\"speed\":\"fast\"}").assertProblem(400).field()).isEqualTo("speed");
    assertThat(api.post("/api/replays", "{\"target\":\"projections\",\"fromPosition\":-1}").assertProblem(400).field())
        .isEqualTo("fromPosition");
    assertThat(api.post("/api/replays", "{\"target\":\"projections\",\"from\":\"yesterday\"}").assertProblem(400).field()).isEqualTo("from");
    assertThat(api.post("/api/replays", "{\"target\":\"projections\",\"types\":\"OrderPlaced\"}").assertProblem(400).field())
        .isEqualTo("types");
    assertThat(api.post("/api/replays", "{\"target\":\"projections\",\"correlationId\":\"x\"}").assertProblem(400).field())
        .isEqualTo("correlationId");
    assertThat(api.post("/api/replays", "{\"target\":\"projections\",\"@class\":\"java.lang.Runtime\"}").assertProblem(400).field())
        .isEqualTo("@class");
    api.post("/api/replays", "not json").assertProblem(400);
    api.get("/api/replays/no-such-replay").assertProblem(404);
    api.post("/api/replays/no-such-replay/pause", "").assertProblem(404);
    api.assertHealthy();
  }

  @Test
  void the_openapi_document_describes_the_replay_paths() {
    JsonNode doc = api.get("/openapi.json").json();
    JsonNode paths = doc.path("paths");
    assertThat(paths.path("/api/replays").has("post")).isTrue();
    assertThat(paths.path("/api/replays").has("get")).isTrue();
    assertThat(paths.path("/api/replays/{id}").has("get")).isTrue();
    for (String action : List.of("pause", "resume", "step", "cancel")) assertThat(paths.path("/api/replays/{id}/" + action).has("post")).isTrue();
    assertThat(doc.path("components").path("schemas").path("ReplayRequest").path("required").get(0).asText()).isEqualTo("target");
  }
}

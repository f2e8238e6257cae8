package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiEndpointsTest {
  static ApiFixture api;

  @BeforeAll
  static void start() {
    api = ApiFixture.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void places_an_order_and_answers_its_ids_and_result() {
    UUID orderId = UUID.randomUUID();
    ApiFixture.Answer answer = api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(orderId));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode json = answer.json();
    assertThat(json.path("type").asText()).isEqualTo("PlaceOrder");
    assertThat(UUID.fromString(json.path("messageId").asText())).isNotNull();
    assertThat(json.path("correlationId").asText()).isEqualTo(json.path("messageId").asText());
    assertThat(json.path("result").path("aggregateId").asText()).isEqualTo(orderId.toString());
  }

  @Test
  void runs_a_query_by_type_name() {
    UUID orderId = UUID.randomUUID();
    api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(orderId));
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      ApiFixture.Answer answer = api.post("/api/queries/GetOrderSummary", "{\"orderId\":\"" + orderId + "\"}");
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().path("result").path("orderId").asText()).isEqualTo(orderId.toString());
    });
    api.post("/api/queries/GetOrderSummary", "{\"orderId\":\"" + UUID.randomUUID() + "\"}").assertProblem(404);
  }

  @Test
  void lists_every_contract_with_its_schema() {
    JsonNode list = api.get("/api/contracts").json();
    assertThat(list.isArray()).isTrue();
    JsonNode place = null;
    for (JsonNode contract : list) if (contract.path("name").asText().equals("PlaceOrder")) place = contract;
    assertThat(place).isNotNull();
    assertThat(place.path("kind").asText()).isEqualTo("command");
    assertThat(place.path("context").asText()).isEqualTo("orders");
    assertThat(place.path("version").asInt()).isPositive();
    assertThat(place.path("schema").path("properties").has("orderId")).isTrue();
    assertThat(list.findValuesAsText("kind")).contains("command", "query", "event");
  }

  @Test
  void pages_and_filters_the_stored_events() {
    UUID orderId = UUID.randomUUID();
    String correlation = api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(orderId)).json().path("correlationId").asText();
    JsonNode page = api.get("/api/events?aggregateId=" + orderId + "&limit=10").json();
    assertThat(page.path("events").size()).isGreaterThanOrEqualTo(1);
    JsonNode first = page.path("events").get(0);
    assertThat(first.path("type").asText()).isEqualTo("OrderPlaced");
    assertThat(first.path("position").asLong()).isPositive();
    assertThat(api.get("/api/events?type=OrderPlaced&correlationId=" + correlation).json().path("events").size()).isEqualTo(1);
    JsonNode one = api.get("/api/events?limit=1").json();
    assertThat(one.path("events").size()).isEqualTo(1);
    long next = one.path("next").asLong();
    JsonNode after = api.get("/api/events?limit=1&after=" + next).json();
    if (after.path("events").size() == 1) assertThat(after.path("events").get(0).path("position").asLong()).isGreaterThan(next);
  }

  @Test
  void refuses_paging_out_of_range() {
    assertThat(api.get("/api/events?limit=0").assertProblem(400).field()).isEqualTo("limit");
    assertThat(api.get("/api/events?limit=1001").assertProblem(400).field()).isEqualTo("limit");
    assertThat(api.get("/api/events?after=-1").assertProblem(400).field()).isEqualTo("after");
    assertThat(api.get("/api/events?after=abc").assertProblem(400).field()).isEqualTo("after");
    JsonNode pastTheEnd = api.get("/api/events?after=" + Long.MAX_VALUE).json();
    assertThat(pastTheEnd.get("events")).as("nothing after the end, and no 500").isEmpty();
    assertThat(pastTheEnd.get("more").asBoolean()).isFalse();
    assertThat(api.get("/api/events?type=NoSuchEvent").assertProblem(400).field()).isEqualTo("type");
    assertThat(api.get("/api/events?correlationId=nope").assertProblem(400).field()).isEqualTo("correlationId");
  }

  @Test
  void answers_the_causation_tree_of_a_flow() {
    String correlation = api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(UUID.randomUUID())).json()
        .path("correlationId").asText();
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      ApiFixture.Answer trace = api.get("/api/traces/" + correlation);
      assertThat(trace.status()).as(trace.body()).isEqualTo(200);
      JsonNode tree = trace.json().path("tree");
      assertThat(tree.get(0).path("type").asText()).isEqualTo("PlaceOrder");
      assertThat(tree.get(0).path("caused").size()).isPositive();
    });
    api.get("/api/traces/" + UUID.randomUUID()).assertProblem(404);
    api.get("/api/traces/not-a-uuid").assertProblem(400);
  }

  @Test
  void shows_and_switches_the_bus() {
    JsonNode bus = api.get("/api/bus").json();
    assertThat(bus.path("strategy").asText()).isEqualTo("memory");
    assertThat(bus.path("healthy").asBoolean()).isTrue();
    ApiFixture.Answer switched = api.put("/api/bus", "{\"strategy\":\"alt-memory\"}");
    assertThat(switched.status()).as(switched.body()).isEqualTo(200);
    assertThat(switched.json().path("switched").path("from").asText()).isEqualTo("memory");
    assertThat(api.put("/api/bus", "{\"strategy\":\"carrier-pigeon\"}").assertProblem(400).field()).isEqualTo("strategy");
    assertThat(api.put("/api/bus", "{\"strategy\":7}").assertProblem(400).field()).isEqualTo("strategy");
    api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(UUID.randomUUID()));
    api.assertHealthy();
  }

  @Test
  void lists_retries_and_discards_dead_letters() {
    assertThat(api.get("/api/dead-letters").json().isArray()).isTrue();
    api.post("/api/dead-letters/" + UUID.randomUUID() + "/retry", "").assertProblem(404);
    api.post("/api/dead-letters/" + UUID.randomUUID() + "/discard", "").assertProblem(404);
    api.post("/api/dead-letters/nope/retry", "").assertProblem(400);
  }

  @Test
  void reports_health_metrics_and_the_openapi_document() {
    JsonNode health = api.get("/health").json();
    assertThat(health.path("live").asBoolean()).isTrue();
    assertThat(health.path("ready").asBoolean()).isTrue();
    api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(UUID.randomUUID()));
    ApiFixture.Answer metrics = api.get("/metrics");
    assertThat(metrics.contentType()).startsWith("text/plain; version=0.0.4");
    assertThat(metrics.body()).contains("# TYPE eventscope_commands_sent_total counter").containsPattern("eventscope_commands_sent_total [1-9]");
    JsonNode doc = api.get("/openapi.json").json();
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("paths").has("/api/commands/PlaceOrder")).isTrue();
    assertThat(doc.path("paths").has("/api/queries/GetOrderSummary")).isTrue();
    assertThat(doc.path("components").path("schemas").path("PlaceOrder").path("properties").has("lines")).isTrue();
    ApiFixture.Answer page = api.get("/api-docs");
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("/openapi.json");
  }

  @Test
  void sends_no_cors_headers() {
    ApiFixture.Answer answer = api.send(api.request("/api/contracts").header("Origin", "https://evil.example").GET().build());
    assertThat(answer.headerNames()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
  }
}

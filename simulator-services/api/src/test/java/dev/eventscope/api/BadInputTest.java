package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of bad request gets the right status as problem+json, and the server stays healthy. */
class BadInputTest {
  static ApiFixture api;

  @BeforeAll
  static void start() {
    api = ApiFixture.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @AfterEach
  void still_healthy() {
    api.assertHealthy();
    assertThat(api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(UUID.randomUUID())).status()).isEqualTo(200);
  }

  @Test
  void malformed_json_is_a_400() {
    api.post("/api/commands/PlaceOrder", "{\"orderId\": ").assertProblem(400);
    api.post("/api/commands/PlaceOrder", "not json at all").assertProblem(400);
    api.post("/api/commands/PlaceOrder", "[]").assertProblem(400);
    api.post("/api/commands/PlaceOrder", "{} {}").assertProblem(400);
  }

  @Test
  void an_empty_body_is_a_400() {
    api.post("/api/commands/PlaceOrder", "").assertProblem(400);
  }

  @Test
  void a_wrong_type_names_the_field() {
    String body = "{\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"c\",\"lines\":[{\"sku\":\"S\",\"quantity\":\"many\",\"unitPriceCents\":1}]}";
    assertThat(api.post("/api/commands/PlaceOrder", body).assertProblem(400).field()).isEqualTo("lines[0].quantity");
    assertThat(api.post("/api/commands/PlaceOrder", "{\"orderId\":\"not-a-uuid\"}").assertProblem(400).field()).isEqualTo("orderId");
  }

  @Test
  void missing_fields_are_named() {
    ApiFixture.Answer answer = api.post("/api/commands/PlaceOrder", "{\"orderId\":\"" + UUID.randomUUID() + "\"}");
    assertThat(answer.status()).isIn(400, 422);
    answer.assertProblem(answer.status());
    assertThat(answer.field()).isIn("customerId", "lines");
  }

  @Test
  void a_rule_violation_is_a_422_with_the_field() {
    String body = "{\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"c\",\"lines\":[{\"sku\":\"S\",\"quantity\":0,\"unitPriceCents\":1}]}";
    ApiFixture.Answer answer = api.post("/api/commands/PlaceOrder", body).assertProblem(422);
    assertThat(answer.field()).contains("quantity");
    assertThat(answer.json().path("violations").isArray()).isTrue();
  }

  @Test
  void a_body_over_one_mebibyte_is_a_413() {
    String big = "{\"customerId\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    api.post("/api/commands/PlaceOrder", big).assertProblem(413);
  }

  @Test
  void a_chunked_body_over_one_mebibyte_is_a_413_too() {
    byte[] big = ("{\"customerId\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
    HttpRequest request = api.request("/api/commands/PlaceOrder").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
    api.send(request).assertProblem(413);
  }

  @Test
  void deep_nesting_is_a_400() {
    String deep = "{\"customerId\":" + "[".repeat(200) + "]".repeat(200) + "}";
    api.post("/api/commands/PlaceOrder", deep).assertProblem(400);
  }

  @Test
  void a_long_string_within_the_size_limit_is_refused_cleanly() {
    String longString = "{\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"" + "x".repeat(1_000_100)
        + "\",\"lines\":[{\"sku\":\"S\",\"quantity\":1,\"unitPriceCents\":1}]}";
    api.post("/api/commands/PlaceOrder", longString).assertProblem(400);
  }

  @Test
  void an_unknown_type_is_a_404() {
    api.post("/api/commands/FormatHardDisk", "{}").assertProblem(404);
    api.post("/api/commands/GetOrderSummary", "{}").assertProblem(404);
    api.post("/api/queries/PlaceOrder", "{}").assertProblem(404);
    api.post("/api/commands/java.net.URL", "{}").assertProblem(404);
  }

  @Test
  void a_class_name_gadget_is_refused() {
    ApiFixture.Answer answer = api.post("/api/commands/PlaceOrder", "{\"@class\":\"java.net.URL\",\"val\":\"http://example.com\"}");
    answer.assertProblem(400);
    assertThat(answer.field()).isEqualTo("@class");
  }

  @Test
  void a_wrong_method_is_a_405() {
    api.get("/api/commands/PlaceOrder").assertProblem(405);
    api.send(api.request("/api/contracts").DELETE().build()).assertProblem(405);
  }

  @Test
  void an_unknown_path_is_a_404() {
    api.get("/api/nothing-here").assertProblem(404);
    api.get("/").assertProblem(404);
  }

  @Test
  void a_wrong_content_type_is_a_415() {
    HttpRequest request = api.request("/api/commands/PlaceOrder").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(ApiFixture.placeOrder(UUID.randomUUID()))).build();
    assertThat(api.send(request).assertProblem(415).field()).isEqualTo("Content-Type");
    HttpRequest none = api.request("/api/commands/PlaceOrder")
        .POST(HttpRequest.BodyPublishers.ofString(ApiFixture.placeOrder(UUID.randomUUID()))).build();
    api.send(none).assertProblem(415);
  }

  @Test
  void a_rejected_command_is_a_409_with_the_reason() {
    ApiFixture.Answer answer = api.post("/api/commands/CancelOrder", "{\"orderId\":\"" + UUID.randomUUID() + "\"}").assertProblem(409);
    assertThat(answer.json().path("title").asText()).isEqualTo("CancelOrder rejected");
    assertThat(answer.json().path("detail").asText()).contains("does not exist");
  }

  @Test
  void details_speak_json_not_java() {
    ApiFixture.Answer gadget = api.post("/api/commands/PlaceOrder", "{\"@class\":\"java.net.URL\"}");
    assertThat(gadget.json().path("detail").asText()).startsWith("unknown field '@class'").doesNotContain("dev.eventscope");
    ApiFixture.Answer wrong = api.post("/api/commands/PlaceOrder", "{\"orderId\":\"not-a-uuid\"}");
    assertThat(wrong.json().path("detail").asText()).contains("'orderId'").contains("UUID").doesNotContain("java.util");
    ApiFixture.Answer malformed = api.post("/api/commands/PlaceOrder", "{\"orderId\": ");
    assertThat(malformed.json().path("detail").asText()).contains("line 1");
  }
}

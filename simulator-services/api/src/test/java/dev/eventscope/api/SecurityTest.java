package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecurityTest {
  @Test
  void refuses_a_non_loopback_bind_without_a_token() {
    assertThatThrownBy(() -> new ApiSettings("0.0.0.0", 0, null).validate())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a token");
  }

  @Test
  void allows_loopback_without_a_token_and_any_address_with_one() {
    new ApiSettings("127.0.0.1", 0, null).validate();
    new ApiSettings("::1", 0, null).validate();
    new ApiSettings("0.0.0.0", 0, "s3cret-token").validate();
  }

  @Test
  void never_prints_the_token() {
    assertThat(new ApiSettings("0.0.0.0", 0, "s3cret-token").toString()).doesNotContain("s3cret-token");
  }

  @Test
  void asks_for_the_bearer_token_when_one_is_configured() {
    try (ApiFixture api = ApiFixture.withToken("s3cret-token")) {
      assertThat(api.get("/api/contracts").status()).isEqualTo(200);
      assertThat(api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(UUID.randomUUID())).status()).isEqualTo(200);

      ApiFixture.Answer none = api.send(HttpRequest.newBuilder(api.uri("/api/contracts")).GET().build()).assertProblem(401);
      assertThat(none.body()).doesNotContain("s3cret-token");
      api.send(HttpRequest.newBuilder(api.uri("/api/contracts")).header("Authorization", "Bearer wrong").GET().build())
          .assertProblem(401);
      api.send(HttpRequest.newBuilder(api.uri("/api/contracts")).header("Authorization", "Basic czNjcmV0").GET().build())
          .assertProblem(401);
      api.send(HttpRequest.newBuilder(api.uri("/nowhere")).GET().build()).assertProblem(401);
      assertThat(api.get("/openapi.json").json().path("components").has("securitySchemes")).isTrue();
      api.assertHealthy();

      java.net.URI flow = java.net.URI.create(api.server.url().replace("http", "ws") + "/ws/flow");
      assertThatThrownBy(() -> api.http.newWebSocketBuilder().buildAsync(flow, new java.net.http.WebSocket.Listener() {}).join())
          .hasStackTraceContaining("401");
      api.http.newWebSocketBuilder().header("Authorization", "Bearer s3cret-token")
          .buildAsync(flow, new java.net.http.WebSocket.Listener() {}).join().abort();
    }
  }
}

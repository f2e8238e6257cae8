package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A real system and a real server on a random loopback port, and a small HTTP client for it. */
final class ApiFixture implements AutoCloseable {
  static final ObjectMapper JSON = JsonCodec.newMapper();

  final EventSystem system;
  final ApiServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final String token;

  private ApiFixture(String token) {
    this(token, name -> {
      if (name.equals("alt-memory")) return new InMemoryEventBus();
      return OrderFulfilmentSystem.bus(name);
    });
  }

  private ApiFixture(String token, Function<String, EventBus> buses) {
    this.token = token;
    this.system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
    this.server = ApiServer.start(system, new ApiSettings("127.0.0.1", 0, token), buses);
  }

  static ApiFixture start() {
    return new ApiFixture(null);
  }

  /** With the buses {@code PUT /api/bus} switches to made by {@code buses}. */
  static ApiFixture withBuses(Function<String, EventBus> buses) {
    return new ApiFixture(null, buses);
  }

  static ApiFixture withToken(String token) {
    return new ApiFixture(token);
  }

  URI uri(String path) {
    return URI.create(server.url() + path);
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    if (token != null) builder.header("Authorization", "Bearer " + token);
    return builder;
  }

  Answer get(String path) {
    return send(request(path).GET().build());
  }

  Answer post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Answer put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
          response.headers().map().keySet());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String placeOrder(UUID orderId) {
    return "{\"orderId\":\"" + orderId + "\",\"customerId\":\"c-1\",\"lines\":[{\"sku\":\"SKU-1\",\"quantity\":1,\"unitPriceCents\":500}]}";
  }

  void assertHealthy() {
    Answer health = get("/health");
    assertThat(health.status()).isEqualTo(200);
  }

  @Override
  public void close() {
    server.close();
    system.close();
  }

  record Answer(int status, String contentType, String body, java.util.Set<String> headerNames) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    Answer assertProblem(int expected) {
      assertThat(status).as(body).isEqualTo(expected);
      assertThat(contentType).startsWith("application/problem+json");
      JsonNode problem = json();
      assertThat(problem.path("status").asInt()).isEqualTo(expected);
      assertThat(problem.path("title").asText()).isNotBlank();
      assertThat(body).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("<html");
      return this;
    }

    String detail() {
      return json().path("detail").asText("");
    }

    String field() {
      return json().path("field").asText(null);
    }
  }
}

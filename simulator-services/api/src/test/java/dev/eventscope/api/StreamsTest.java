package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StreamsTest {
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
  void streams_live_hops() throws Exception {
    Collector collector = new Collector();
    WebSocket ws = connect("/ws/flow", collector);
    try {
      api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(UUID.randomUUID()));
      await().atMost(Duration.ofSeconds(10)).until(() -> collector.frames().stream().anyMatch(f -> f.has("hops")
          && f.path("hops").findValuesAsText("messageType").contains("PlaceOrder")));
    } finally {
      ws.abort();
    }
  }

  @Test
  void tails_the_stored_events_from_a_position() throws Exception {
    UUID orderId = UUID.randomUUID();
    api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(orderId));
    Collector collector = new Collector();
    WebSocket ws = connect("/ws/events?after=0", collector);
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> collector.frames().stream()
          .anyMatch(f -> f.path("events").findValuesAsText("aggregateId").contains(orderId.toString())));
      UUID later = UUID.randomUUID();
      api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(later));
      await().atMost(Duration.ofSeconds(10)).until(() -> collector.frames().stream()
          .anyMatch(f -> f.path("events").findValuesAsText("aggregateId").contains(later.toString())));
    } finally {
      ws.abort();
    }
  }

  @Test
  void a_client_that_never_reads_does_not_slow_command_handling() throws Exception {
    Collector frames = new Collector() {
      @Override
      public void onOpen(WebSocket webSocket) {
        // Request nothing: the client stops reading and its TCP window fills.
      }
    };
    WebSocket stalled = connect("/ws/flow", frames);
    try {
      // Keep placing orders until the stalled client's kernel buffers are full and its queue drops hops.
      java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        boolean dropped = false;
        for (int round = 0; round < 60 && !dropped; round++) {
          long started = System.nanoTime();
          List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
          for (int i = 0; i < 100; i++) {
            sent.add(clients.submit(() -> api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(UUID.randomUUID())).status()));
          }
          for (java.util.concurrent.Future<Integer> status : sent) assertThat(status.get()).isEqualTo(200);
          assertThat(Duration.ofNanos(System.nanoTime() - started)).as("100 orders in round " + round).isLessThan(Duration.ofSeconds(15));
          dropped = api.get("/metrics").body().matches("(?s).*eventscope_api_ws_dropped_total [1-9].*");
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
            assertThat(api.get("/metrics").body()).containsPattern("eventscope_api_ws_dropped_total [1-9]"));
      } finally {
        clients.shutdownNow();
      }
      api.assertHealthy();
      // Once it reads again, the client hears how many hops it missed.
      stalled.request(1);
      await().atMost(Duration.ofSeconds(10)).until(() -> frames.frames().stream().anyMatch(f -> f.path("dropped").asLong() > 0));
    } finally {
      stalled.abort();
    }
  }

  @Test
  void refuses_a_tail_from_a_negative_position() throws Exception {
    java.util.concurrent.CompletableFuture<Integer> closed = new java.util.concurrent.CompletableFuture<>();
    WebSocket ws = connect("/ws/events?after=-5", new Collector() {
      @Override
      public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
      }
    });
    try {
      assertThat(closed.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1008);
    } finally {
      ws.abort();
    }
  }

  private static WebSocket connect(String path, Collector collector) throws Exception {
    return api.http.newWebSocketBuilder().buildAsync(URI.create(api.server.url().replace("http", "ws") + path), collector).get();
  }

  static class Collector implements WebSocket.Listener {
    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          frames.add(ApiFixture.JSON.readTree(partial.toString()));
        } catch (Exception e) {
          throw new AssertionError(e);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    List<JsonNode> frames() {
      return frames;
    }
  }
}

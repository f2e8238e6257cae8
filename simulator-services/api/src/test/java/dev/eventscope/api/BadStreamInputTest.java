package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WebSocket input the streams do not take: closed with a status and a reason, and the server keeps serving. */
class BadStreamInputTest {
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
  void still_serving() {
    api.assertHealthy();
  }

  @ParameterizedTest(name = "after={0}")
  @ValueSource(strings = {"abc", "1.5", "-1", "99999999999999999999999"})
  void a_tail_from_a_position_that_is_not_one_is_closed_with_the_reason(String after) throws Exception {
    Closing closing = new Closing();
    WebSocket ws = connect("/ws/events?after=" + after, closing);
    try {
      assertThat(closing.status.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
      assertThat(closing.reason.get(1, TimeUnit.SECONDS)).contains("after must be a position >= 0", "got '" + after + "'");
    } finally {
      ws.abort();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/ws/flow", "/ws/events?after=0"})
  void a_message_sent_to_a_stream_closes_it_with_the_reason(String path) throws Exception {
    Closing closing = new Closing();
    WebSocket ws = connect(path, closing);
    try {
      ws.sendText("{\"subscribe\":\"everything\"}", true).get(5, TimeUnit.SECONDS);
      assertThat(closing.status.get(10, TimeUnit.SECONDS)).isEqualTo(1003);
      assertThat(closing.reason.get(1, TimeUnit.SECONDS)).contains("only sends");
    } finally {
      ws.abort();
    }
  }

  @Test
  void another_client_keeps_streaming_after_a_bad_one_was_closed() throws Exception {
    a_message_sent_to_a_stream_closes_it_with_the_reason("/ws/flow");
    StreamsTest.Collector collector = new StreamsTest.Collector();
    WebSocket ws = connect("/ws/events?after=0", collector);
    try {
      api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(java.util.UUID.randomUUID())).json();
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !collector.frames().isEmpty());
    } finally {
      ws.abort();
    }
  }

  private static WebSocket connect(String path, WebSocket.Listener listener) throws Exception {
    return api.http.newWebSocketBuilder().buildAsync(URI.create(api.server.url().replace("http", "ws") + path), listener).get();
  }

  private static final class Closing implements WebSocket.Listener {
    final CompletableFuture<Integer> status = new CompletableFuture<>();
    final CompletableFuture<String> reason = new CompletableFuture<>();

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String why) {
      reason.complete(why);
      status.complete(statusCode);
      return null;
    }
  }
}

package dev.eventscope.console.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.HopListener;
import java.io.IOException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code WS /ws/flow}: decodes the served system's hop batches into {@link Hop}s and hands them to a
 * {@link HopListener} (the console's hop feed), as the in-process tracer would. When the socket
 * closes or cannot connect it tries again with a growing pause (up to {@link #MAX_BACKOFF}); one
 * WARN per outage, one INFO when it is back.
 */
public final class FlowSocket implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlowSocket.class);
  static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  private final ApiClient api;
  private final HopListener hops;
  private final ConnectionState state;
  private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "console-flow-socket");
    thread.setDaemon(true);
    return thread;
  });
  private long backoffMillis = FIRST_BACKOFF.toMillis();
  private volatile WebSocket socket;
  private volatile boolean closed;

  public FlowSocket(ApiClient api, HopListener hops, ConnectionState state) {
    this.api = api;
    this.hops = hops;
    this.state = state;
  }

  /** Connects in the background (and keeps reconnecting until closed). */
  public void open() {
    retries.execute(this::connect);
  }

  private void connect() {
    if (closed) return;
    WebSocket.Builder builder = api.http().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(3));
    String authorization = api.authorization();
    if (authorization != null) builder.header("Authorization", authorization);
    builder.buildAsync(api.server().socket("/ws/flow"), new Frames()).whenComplete((opened, failure) -> {
      if (failure != null) {
        lost("cannot open " + api.server().address() + "/ws/flow (" + reason(failure) + ")");
      } else {
        socket = opened;
        synchronized (this) {
          backoffMillis = FIRST_BACKOFF.toMillis();
        }
        state.up("flow");
      }
    });
  }

  private void lost(String why) {
    socket = null;
    if (closed) return;
    state.down("flow", why);
    long wait;
    synchronized (this) {
      wait = backoffMillis;
      backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
    }
    try {
      retries.schedule(this::connect, wait, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // Closing: no more attempts.
    }
  }

  private static String reason(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getMessage() == null) cause = cause.getCause();
    if (cause instanceof java.net.ConnectException) return "connection refused";
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private void decode(String frame) {
    JsonNode tree;
    try {
      tree = api.mapper().readTree(frame);
    } catch (IOException e) {
      LOG.debug("a /ws/flow frame that is not JSON: {}", e.getMessage());
      return;
    }
    JsonNode list = tree.get("hops");
    if (list == null || !list.isArray()) {
      if (tree.has("dropped")) LOG.debug("the server dropped {} hops for this console (it fell behind)", tree.path("dropped").asLong());
      return;
    }
    List<Hop> batch = new ArrayList<>(list.size());
    for (JsonNode node : list) {
      try {
        batch.add(api.mapper().treeToValue(node, Hop.class));
      } catch (IOException | IllegalArgumentException e) {
        LOG.debug("skipped a hop that does not decode: {}", e.getMessage());
      }
    }
    if (!batch.isEmpty()) hops.onHops(batch);
  }

  @Override
  public void close() {
    closed = true;
    retries.shutdownNow();
    WebSocket open = socket;
    if (open != null) open.abort();
  }

  /** Collects a frame's parts, decodes whole frames, and reconnects when the server goes. */
  private final class Frames implements WebSocket.Listener {
    private final StringBuilder parts = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        String frame = parts.toString();
        parts.setLength(0);
        decode(frame);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      lost("the server closed /ws/flow (" + statusCode + (reason == null || reason.isBlank() ? "" : " " + reason) + ")");
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      lost("/ws/flow broke (" + reason(error) + ")");
    }
  }
}

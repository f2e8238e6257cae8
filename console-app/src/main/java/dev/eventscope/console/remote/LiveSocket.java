package dev.eventscope.console.remote;

import dev.eventscope.runtime.trace.HopListener;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One of the served system's WebSocket streams ({@code /ws/flow}, {@code /ws/events}), handing each
 * whole text frame to a consumer. When the socket closes or cannot connect it tries again with a
 * growing pause (up to {@link #MAX_BACKOFF}), at the address {@code path} gives then (a tail resumes
 * where it was); the connection state logs one WARN per outage.
 */
public final class LiveSocket implements AutoCloseable {
  static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  private final ApiClient api;
  private final String part;
  private final Supplier<String> path;
  private final Consumer<String> frames;
  private final ConnectionState state;
  private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "console-flow-socket");
    thread.setDaemon(true);
    return thread;
  });
  private long backoffMillis = FIRST_BACKOFF.toMillis();
  private volatile WebSocket socket;
  private volatile boolean closed;

  /** {@code part} names the stream in the connection state; {@code path} is asked at each (re)connect. */
  public LiveSocket(ApiClient api, String part, Supplier<String> path, Consumer<String> frames, ConnectionState state) {
    this.api = api;
    this.part = part;
    this.path = path;
    this.frames = frames;
    this.state = state;
  }

  /** {@code WS /ws/flow}, its hops handed to {@code hops} (the console's hop feed) as the tracer would. */
  public static LiveSocket flow(ApiClient api, HopListener hops, ConnectionState state) {
    return new LiveSocket(api, "flow", () -> "/ws/flow", new HopFrames(api.mapper(), hops), state);
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
    String where = path.get();
    builder.buildAsync(api.server().socket(where), new Frames(where)).whenComplete((opened, failure) -> {
      if (failure != null) {
        lost("cannot open " + api.server().address() + where + " (" + reason(failure) + ")");
      } else {
        socket = opened;
        synchronized (this) {
          backoffMillis = FIRST_BACKOFF.toMillis();
        }
        state.up(part);
      }
    });
  }

  private void lost(String why) {
    socket = null;
    if (closed) return;
    state.down(part, why);
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
    private final String where;

    Frames(String where) {
      this.where = where;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        String frame = parts.toString();
        parts.setLength(0);
        frames.accept(frame);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      lost("the server closed " + where + " (" + statusCode + (reason == null || reason.isBlank() ? "" : " " + reason) + ")");
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      lost(where + " broke (" + reason(error) + ")");
    }
  }
}

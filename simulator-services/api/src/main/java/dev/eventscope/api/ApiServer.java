package dev.eventscope.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.replay.ReplayAudit;
import dev.eventscope.services.replay.Replays;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/WebSocket API over a running {@link EventSystem}, on Javalin (embedded Jetty).
 * {@link #start} binds; {@link #close} stops the server and detaches from the tracer but leaves the
 * system running (its owner closes it).
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final int[] SERVER_ERRORS = {400, 401, 403, 404, 405, 406, 408, 411, 413, 414, 415, 431, 500, 501, 503};

  private final EventSystem system;
  private final ApiSettings settings;
  private final byte[] tokenDigest;
  private final ObjectMapper mapper;
  private final Problems problems;
  private final TraceIndex traces = new TraceIndex(10_000, 2_000);
  private final LiveStreams streams;
  private final Replays replays;
  private final Javalin app;

  private ApiServer(EventSystem system, ApiSettings settings, Function<String, EventBus> buses) {
    this.system = system;
    this.settings = settings;
    this.tokenDigest = settings.token() == null ? null : sha256(settings.tokenBytes());
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    this.mapper = codec.mapper();
    this.problems = new Problems(mapper);
    EventRoutes events = new EventRoutes(system.backend().events(), codec);
    this.streams = new LiveStreams(mapper, system.backend().events(), events);
    MessageRoutes messages = new MessageRoutes(system.mediator(), codec);
    OpsRoutes ops = new OpsRoutes(system, mapper, events, buses);
    TraceRoutes traceRoutes = new TraceRoutes(traces, mapper);
    this.replays = replaysOf(system);
    ReplayRoutes replayRoutes = new ReplayRoutes(replays, mapper);
    ObjectNode openApi = OpenApiDocument.build(codec.registry(), mapper, tokenDigest != null);

    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = ApiSettings.MAX_BODY_BYTES;
      config.http.prefer405over404 = true;
      config.jetty.modifyWebSocketServletFactory(factory -> factory.setIdleTimeout(Duration.ofMinutes(30)));
      config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
    });
    app.before(this::authorize);
    app.wsBeforeUpgrade(this::authorize);
    app.exception(Exception.class, problems::handle);
    for (int status : SERVER_ERRORS) app.error(status, problems::handleStatus);

    app.post("/api/commands/{type}", messages::command);
    app.post("/api/queries/{type}", messages::query);
    app.get("/api/contracts", messages::contracts);
    app.get("/api/events", events::list);
    app.get("/api/traces/{correlationId}", traceRoutes::trace);
    app.get("/api/bus", ops::bus);
    app.put("/api/bus", ops::switchBus);
    app.post("/api/replays", replayRoutes::start);
    app.get("/api/replays", replayRoutes::list);
    app.get("/api/replays/{id}", replayRoutes::get);
    app.post("/api/replays/{id}/pause", replayRoutes::pause);
    app.post("/api/replays/{id}/resume", replayRoutes::resume);
    app.post("/api/replays/{id}/step", replayRoutes::step);
    app.post("/api/replays/{id}/cancel", replayRoutes::cancel);
    ReadModelRoutes readModels = new ReadModelRoutes(system, mapper);
    app.get("/api/read-models", readModels::list);
    app.get("/api/read-models/{name}", readModels::rows);
    app.get("/api/dead-letters", ops::deadLetters);
    app.post("/api/dead-letters/{id}/retry", ops::retry);
    app.post("/api/dead-letters/{id}/discard", ops::discard);
    app.get("/health", ctx -> ops.health(ctx, problems));
    app.get("/metrics", this::metrics);
    app.get("/openapi.json", ctx -> Json.ok(ctx, openApi));
    app.get("/api-docs", ctx -> ctx.html(ApiDocsPage.HTML));
    app.ws("/ws/flow", ws -> {
      ws.onConnect(ctx -> streams.openFlow(ctx.session));
      ws.onMessage(ctx -> ctx.closeSession(1003, "/ws/flow only sends; it takes no messages"));
      ws.onBinaryMessage(ctx -> ctx.closeSession(1003, "/ws/flow only sends; it takes no messages"));
      ws.onClose(ctx -> streams.closed(ctx.session));
      ws.onError(ctx -> streams.closed(ctx.session));
    });
    app.ws("/ws/events", ws -> {
      ws.onConnect(ctx -> {
        String after = ctx.queryParam("after");
        long position;
        try {
          position = after == null || after.isEmpty() ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
          position = -1;
        }
        if (position < 0) {
          ctx.closeSession(1008, "after must be a position >= 0, got '" + Requests.shorten(after) + "'");
          return;
        }
        streams.openTail(ctx.session, position);
      });
      ws.onMessage(ctx -> ctx.closeSession(1003, "/ws/events only sends; choose the start with ?after=POSITION"));
      ws.onBinaryMessage(ctx -> ctx.closeSession(1003, "/ws/events only sends; choose the start with ?after=POSITION"));
      ws.onClose(ctx -> streams.closed(ctx.session));
      ws.onError(ctx -> streams.closed(ctx.session));
    });
  }

  private static Replays replaysOf(EventSystem system) {
    try {
      return new Replays(system, ReplayAudit.forUser(), ReplayAudit.API);
    } catch (IllegalArgumentException e) {
      LOG.warn("replays are not available: {}", e.getMessage());
      return null;
    }
  }

  /**
   * Starts the API on a running system.
   *
   * @throws IllegalArgumentException when the settings are unsafe (non-loopback without a token) or invalid
   */
  public static ApiServer start(EventSystem system, ApiSettings settings) {
    return start(system, settings, OpsRoutes.defaultBuses());
  }

  /** As {@link #start(EventSystem, ApiSettings)}, with the factory of buses {@code PUT /api/bus} switches to. */
  public static ApiServer start(EventSystem system, ApiSettings settings, Function<String, EventBus> buses) {
    settings.validate();
    ApiServer server = new ApiServer(system, settings, buses);
    system.tracer().addListener(server.traces);
    system.tracer().addListener(server.streams);
    try {
      server.app.start(settings.bind(), settings.port());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080} (IPv6 addresses bracketed). */
  public String url() {
    String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
    return "http://" + host + ":" + port();
  }

  private void authorize(Context ctx) {
    if (tokenDigest == null) return;
    String header = ctx.header("Authorization");
    boolean ok = false;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      // Digests first: equal lengths, so the comparison time says nothing about the token's length either.
      ok = MessageDigest.isEqual(tokenDigest, sha256(header.substring(7).strip().getBytes(StandardCharsets.UTF_8)));
    }
    if (!ok) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiProblem(HttpStatus.UNAUTHORIZED.getCode(), "Unauthorized",
          "send the configured token as 'Authorization: Bearer <token>'", "Authorization");
    }
  }

  private void metrics(Context ctx) {
    PrometheusText text = new PrometheusText()
        .counters(system.metrics().snapshot())
        .counter("eventscope_hops_recorded", "Hops the flow tracer recorded", system.tracer().recordedCount())
        .counter("eventscope_hops_dropped", "Hops the flow tracer dropped when its buffer was full", system.tracer().droppedCount())
        .counter("eventscope_hops_sampled_out", "Hops of flows the flow tracer left out when flooded", system.tracer().sampledOutCount())
        .counter("eventscope_api_ws_dropped", "Hops dropped from slow WebSocket clients' queues", streams.droppedCount())
        .gauge("eventscope_api_ws_sessions", "Open WebSocket sessions", streams.sessionCount())
        .gauge("eventscope_store_last_position", "The store's last safe position", system.backend().events().lastPosition())
        .gauge("eventscope_dead_letters", "Parked messages", system.deadLetters().size())
        .gauge("eventscope_bus_healthy", "1 when the bus is healthy", system.bus().health().healthy() ? 1 : 0);
    ctx.contentType(PrometheusText.CONTENT_TYPE);
    ctx.result(text.toString());
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public void close() {
    system.tracer().removeListener(traces);
    system.tracer().removeListener(streams);
    streams.close();
    if (replays != null) replays.close();
    app.stop();
  }
}

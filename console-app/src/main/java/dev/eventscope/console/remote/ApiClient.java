package dev.eventscope.console.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Blocking JSON calls to a served system's API, with its token when it has one. Every failure is a
 * {@link RemoteCallException} whose message names the address and says why in words (refused,
 * timed out, the token, not an Eventscope server); the token itself is never part of a message.
 */
public final class ApiClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final RemoteServer server;
  private final ObjectMapper mapper;
  private final HttpClient http;

  public ApiClient(RemoteServer server, ObjectMapper mapper) {
    this.server = server;
    this.mapper = mapper;
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  public RemoteServer server() {
    return server;
  }

  public HttpClient http() {
    return http;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public JsonNode get(String path) {
    return send(request(path).GET().build());
  }

  /** A plain-text answer ({@code GET /metrics}). */
  public String getText(String path) {
    HttpRequest request = request(path).setHeader("Accept", "text/plain").GET().build();
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() == 401) throw unauthorized();
    if (response.statusCode() >= 400) throw new RemoteCallException("GET " + path + " answered " + response.statusCode(), response.statusCode());
    return response.body();
  }

  public JsonNode put(String path, JsonNode body) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build());
  }

  public JsonNode post(String path, JsonNode body) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
  }

  /**
   * Checks that an Eventscope server answers at the address and takes the token: {@code GET /health}
   * answers its liveness (also when it is not ready, a 503 that still says {@code "live": true}).
   *
   * @throws RemoteCallException saying why not
   */
  public JsonNode checkServer() {
    HttpResponse<String> response = exchange(request("/health").GET().build());
    JsonNode body = parse(response.body());
    if (response.statusCode() == 401) throw unauthorized();
    if (body == null || !body.path("live").asBoolean(false) || !body.has("checks")) {
      throw new RemoteCallException(server.address() + " is not an Eventscope server (GET /health answered " + response.statusCode()
          + " without its liveness); start one with 'eventscope serve'", response.statusCode());
    }
    return body;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path)).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
    if (server.token() != null) builder.header("Authorization", "Bearer " + server.token());
    return builder;
  }

  /** The authorization header a socket sends too; null without a token. */
  String authorization() {
    return server.token() == null ? null : "Bearer " + server.token();
  }

  private JsonNode send(HttpRequest request) {
    HttpResponse<String> response = exchange(request);
    JsonNode body = parse(response.body());
    int status = response.statusCode();
    if (status == 401) throw unauthorized();
    if (status >= 400) {
      String detail = body == null ? "" : body.path("detail").asText("");
      throw new RemoteCallException(request.method() + " " + request.uri().getPath() + " answered " + status
          + (detail.isBlank() ? "" : ": " + detail), status);
    }
    if (body == null) throw new RemoteCallException(server.address() + " answered " + request.uri().getPath() + " with something other than JSON", status);
    return body;
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpConnectTimeoutException e) {
      throw new RemoteCallException("no answer from " + server.address() + " (connecting timed out)", 0);
    } catch (HttpTimeoutException e) {
      throw new RemoteCallException("no answer from " + server.address() + " (the request timed out)", 0);
    } catch (ConnectException e) {
      throw new RemoteCallException("cannot reach " + server.address() + " (connection refused): is 'eventscope serve' running there?", 0);
    } catch (IOException e) {
      throw new RemoteCallException("cannot reach " + server.address() + " (" + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()) + ")", 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteCallException("interrupted while calling " + server.address(), 0);
    }
  }

  private RemoteCallException unauthorized() {
    String why = server.token() == null ? "it wants a token: pass --token-file" : "it refused the token from --token-file";
    return new RemoteCallException(server.address() + " answered 401 Unauthorized (" + why + ")", 401);
  }

  private JsonNode parse(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      JsonNode node = mapper.readTree(text);
      return node != null && node.isContainerNode() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}

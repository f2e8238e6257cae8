package dev.eventscope.services.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service process's read models as its API shows them ({@code GET /api/read-models/{name}}),
 * for read models that live in the process's memory. Rows are compared as JSON, so rows computed
 * here are put through the same JSON first ({@link #asJson}).
 */
final class LiveReadModels {
  private final ObjectMapper mapper;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  LiveReadModels(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The rows of read model {@code name} in the process at {@code api}, or null when it does not answer with them. */
  Map<String, JsonNode> rows(String api, String name) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/api/read-models/" + name)).timeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) return null;
      Map<String, JsonNode> rows = new LinkedHashMap<>();
      mapper.readTree(response.body()).path("rows").fields().forEachRemaining(row -> rows.put(row.getKey(), row.getValue()));
      return rows;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Rows as the API would show them. */
  Map<String, JsonNode> asJson(Map<String, ?> rows) {
    Map<String, JsonNode> json = new LinkedHashMap<>();
    rows.forEach((key, row) -> json.put(key, roundTrip(row)));
    return json;
  }

  private JsonNode roundTrip(Object row) {
    try {
      return mapper.readTree(mapper.writeValueAsString(row));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a read-model row cannot be written as JSON: " + e.getMessage(), e);
    }
  }
}

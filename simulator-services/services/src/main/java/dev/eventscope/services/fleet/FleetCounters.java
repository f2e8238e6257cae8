package dev.eventscope.services.fleet;

import dev.eventscope.runtime.metrics.PrometheusSamples;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime counters of every process of a fleet, as their {@code /metrics} pages show them
 * ({@code eventscope_events_published_total 42}), per process. A process that does not answer
 * counts as nothing and is named in {@link #unreachable()}.
 */
public final class FleetCounters {
  private final Map<String, Map<String, Long>> byProcess = new HashMap<>();
  private final List<String> unreachable = new ArrayList<>();

  private FleetCounters() {}

  public static FleetCounters read(FleetState state) {
    FleetCounters counters = new FleetCounters();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    for (FleetState.ServiceProcess process : state.processes()) {
      try {
        HttpRequest request = HttpRequest.newBuilder(URI.create(process.api() + "/metrics")).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) counters.add(process.api(), response.body());
        else counters.unreachable.add(process.service() + " (HTTP " + response.statusCode() + ")");
      } catch (IOException e) {
        counters.unreachable.add(process.service() + " (" + e.getMessage() + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return counters;
  }

  private void add(String process, String page) {
    byProcess.put(process, PrometheusSamples.parse(page));
  }

  /**
   * How much a runtime counter ({@code events.published}) grew over the fleet since {@code before}.
   * A process whose counter went down was restarted meanwhile: all it counted since is growth.
   */
  public long since(FleetCounters before, String counter) {
    String name = PrometheusSamples.counter(counter);
    long growth = 0;
    for (Map.Entry<String, Map<String, Long>> process : byProcess.entrySet()) {
      long now = process.getValue().getOrDefault(name, 0L);
      long then = before.byProcess.getOrDefault(process.getKey(), Map.of()).getOrDefault(name, 0L);
      growth += now >= then ? now - then : now;
    }
    return growth;
  }

  public List<String> unreachable() {
    return List.copyOf(unreachable);
  }
}

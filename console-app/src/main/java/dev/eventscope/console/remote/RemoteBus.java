package dev.eventscope.console.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.console.bus.BusControl;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.system.BusSwitch;
import java.util.ArrayList;
import java.util.List;

/**
 * The served system's bus: {@code GET /api/bus} read by the status poll (the screen sees the last
 * answer, or "disconnected"), {@code PUT /api/bus} to switch — the server connects, drains and
 * resumes in one call.
 */
public final class RemoteBus implements BusControl {
  private final ApiClient api;
  private final ConnectionState connection;
  private volatile BusHealth health = new BusHealth("—", false, "not read yet");
  private volatile List<BusSwitch> switches = List.of();

  public RemoteBus(ApiClient api, ConnectionState connection) {
    this.api = api;
    this.connection = connection;
  }

  /** Blocking: reads {@code GET /api/bus}. */
  public void refresh() {
    remember(api.get("/api/bus"));
  }

  private void remember(JsonNode answer) {
    health = new BusHealth(answer.path("strategy").asText("—"), answer.path("healthy").asBoolean(false), answer.path("detail").asText(""));
    List<BusSwitch> read = new ArrayList<>();
    for (JsonNode done : answer.path("switches")) {
      read.add(new BusSwitch(done.path("from").asText(), done.path("to").asText(), done.path("drainMs").asLong(), done.path("drained").asBoolean()));
    }
    switches = List.copyOf(read);
  }

  @Override
  public BusHealth health() {
    if (!connection.connected()) return new BusHealth(health.strategy(), false, "disconnected from " + connection.server().address());
    return health;
  }

  @Override
  public List<BusSwitch> switches() {
    return switches;
  }

  @Override
  public BusSwitch switchTo(String strategy, Runnable connected) {
    JsonNode answer = api.put("/api/bus", api.mapper().createObjectNode().put("strategy", strategy));
    connected.run();
    remember(answer);
    JsonNode done = answer.get("switched");
    if (done == null) return new BusSwitch(strategy, strategy, 0, true);
    return new BusSwitch(done.path("from").asText(), done.path("to").asText(), done.path("drainMs").asLong(), done.path("drained").asBoolean());
  }
}

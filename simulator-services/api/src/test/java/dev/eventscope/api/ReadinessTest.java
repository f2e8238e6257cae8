package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code GET /health}: live while it answers, ready only while the bus is healthy (503 problem+json otherwise). */
class ReadinessTest {
  @Test
  void answers_503_not_ready_while_the_bus_is_unhealthy_and_200_again_once_it_recovers() {
    try (ApiFixture api = ApiFixture.withBuses(name -> name.equals("sick") ? new SickBus() : new InMemoryEventBus())) {
      api.assertHealthy();

      assertThat(api.put("/api/bus", "{\"strategy\":\"sick\"}").status()).isEqualTo(200);

      ApiFixture.Answer health = api.get("/health").assertProblem(503);
      JsonNode problem = health.json();
      assertThat(problem.path("title").asText()).isEqualTo("Not ready");
      assertThat(problem.path("live").asBoolean()).isTrue();
      assertThat(problem.path("ready").asBoolean()).isFalse();
      assertThat(problem.path("detail").asText()).contains("broker unreachable");
      assertThat(problem.path("checks").path("bus").path("healthy").asBoolean()).isFalse();

      assertThat(api.put("/api/bus", "{\"strategy\":\"memory\"}").status()).isEqualTo(200);
      api.assertHealthy();
    }
  }

  /** An in-memory bus that reports its broker as unreachable. */
  private static final class SickBus implements EventBus {
    private final InMemoryEventBus inner = new InMemoryEventBus();

    @Override
    public String strategy() {
      return "sick";
    }

    @Override
    public void subscribe(String subscriber, Set<String> contexts, EventConsumer consumer) {
      inner.subscribe(subscriber, contexts, consumer);
    }

    @Override
    public void start() {
      inner.start();
    }

    @Override
    public void publish(StoredEvent event) {
      inner.publish(event);
    }

    @Override
    public boolean drain(Duration timeout) {
      return inner.drain(timeout);
    }

    @Override
    public BusHealth health() {
      return new BusHealth("sick", false, "broker unreachable at 127.0.0.1:1");
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}

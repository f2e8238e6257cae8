package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.MessageIds;
import dev.eventscope.runtime.store.UndecodableEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A stored event the store could not decode, seen through the API: listed with its reason, its aggregate refused cleanly. */
class UndecodableEventsApiTest {
  static ApiFixture api;

  @BeforeAll
  static void start() {
    api = ApiFixture.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static void storeUndecodable(UUID orderId) {
    UUID id = MessageIds.next();
    Envelope<Event> bad = new Envelope<>(id, "OrderPlaced", 99, id, null, Instant.now(), "orders", false, null, 0,
        new UndecodableEvent("OrderPlaced schema version 99 is newer than this build knows (2)", JsonNodeFactory.instance.objectNode()));
    api.system.backend().events().append(orderId.toString(), 0, List.of(bad));
  }

  @Test
  void the_event_browser_lists_an_undecodable_event_with_its_reason_and_the_events_after_it() {
    UUID orderId = UUID.randomUUID();
    storeUndecodable(orderId);
    UUID later = UUID.randomUUID();
    api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(later)).json();

    JsonNode events = api.get("/api/events?limit=1000&aggregateId=" + orderId).json().path("events");
    JsonNode laterEvents = api.get("/api/events?limit=1000&aggregateId=" + later).json().path("events");

    assertThat(events.findValuesAsText("reason")).anyMatch(reason -> reason.contains("schema version 99"));
    assertThat(laterEvents.size()).isGreaterThan(0);
  }

  @Test
  void a_command_on_an_aggregate_whose_stream_is_undecodable_is_a_409_problem_naming_the_event() {
    UUID orderId = UUID.randomUUID();
    storeUndecodable(orderId);

    ApiFixture.Answer answer = api.post("/api/commands/CancelOrder", "{\"orderId\":\"" + orderId + "\",\"reason\":\"test\"}");

    answer.assertProblem(409);
    assertThat(answer.detail()).contains(orderId.toString(), "undecodable", "schema version 99");
    api.assertHealthy();
  }
}

package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.services.fleet.CommandHeaders;
import dev.eventscope.services.fleet.FleetState;
import dev.eventscope.services.fleet.RemoteCommands;
import dev.eventscope.services.fleet.RemoteServiceException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the API gives a fleet: commands that continue another process's flow, read models whole, and the forwarder that uses them. */
class FleetApiTest {
  private static ApiFixture api;
  private static final JsonCodec CODEC = new JsonCodec(OrderFulfilmentContracts.registry());

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    api = ApiFixture.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void a_command_with_flow_headers_continues_that_flow_under_its_sender() {
    UUID orderId = UUID.randomUUID();
    UUID messageId = UUID.randomUUID();
    UUID correlationId = UUID.randomUUID();
    UUID causationId = UUID.randomUUID();
    HttpRequest request = api.request("/api/commands/PlaceOrder").header("Content-Type", "application/json")
        .header(CommandHeaders.MESSAGE_ID, messageId.toString())
        .header(CommandHeaders.CORRELATION_ID, correlationId.toString())
        .header(CommandHeaders.CAUSATION_ID, causationId.toString())
        .header(CommandHeaders.SOURCE, "saga:elsewhere")
        .POST(HttpRequest.BodyPublishers.ofString(ApiFixture.placeOrder(orderId))).build();

    ApiFixture.Answer answer = api.send(request);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("messageId").asText()).isEqualTo(messageId.toString());
    assertThat(answer.json().path("correlationId").asText()).isEqualTo(correlationId.toString());
    JsonNode placed = api.get("/api/events?aggregateId=" + orderId).json().path("events").get(0);
    assertThat(placed.path("correlationId").asText()).isEqualTo(correlationId.toString());
    assertThat(placed.path("causationId").asText()).isEqualTo(messageId.toString());
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(api.get("/api/traces/" + correlationId).body()).contains("\"from\":\"saga:elsewhere\""));
  }

  @Test
  void a_flow_header_that_is_not_a_uuid_is_a_clear_bad_request() {
    HttpRequest request = api.request("/api/commands/PlaceOrder").header("Content-Type", "application/json")
        .header(CommandHeaders.MESSAGE_ID, "not-a-uuid")
        .POST(HttpRequest.BodyPublishers.ofString(ApiFixture.placeOrder(UUID.randomUUID()))).build();

    ApiFixture.Answer answer = api.send(request).assertProblem(400);

    assertThat(answer.detail()).contains(CommandHeaders.MESSAGE_ID).contains("not-a-uuid");
  }

  @Test
  void shows_each_read_model_whole() {
    UUID orderId = UUID.randomUUID();
    api.post("/api/commands/PlaceOrder", ApiFixture.placeOrder(orderId));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      JsonNode rows = api.get("/api/read-models/order-summary").json().path("rows");
      assertThat(rows.path(orderId.toString()).path("customerId").asText()).isEqualTo("c-1");
    });
    assertThat(api.get("/api/read-models").json().findValuesAsText("name")).contains("order-summary", "stock-levels");
    assertThat(api.get("/api/read-models/no-such-model").assertProblem(404).detail()).contains("GET /api/read-models");
  }

  @Test
  void the_forwarder_sends_commands_to_the_process_the_fleet_file_names_and_brings_back_its_answer() {
    Path file = fleetFile(api.uri("").toString());
    RemoteCommands remote = new RemoteCommands(file, Set.of("orders"), CODEC);

    assertThat(remote.forwards(RestockItem.class)).isTrue();
    assertThat(remote.forwards(ConfirmOrder.class)).isFalse();
    Accepted restocked = remote.forward(Envelope.first(new RestockItem("SKU-FLEET", 5), 1, "test"));
    assertThat(restocked.aggregateId()).isEqualTo("SKU-FLEET");
    assertThat(restocked.eventsRecorded()).isEqualTo(1);
  }

  @Test
  void a_refusal_over_there_is_a_refusal_here_and_a_process_that_does_not_answer_is_a_failure_to_retry() throws Exception {
    RemoteCommands toOrders = new RemoteCommands(fleetFile(api.uri("").toString()), Set.of("inventory"), CODEC);
    assertThatThrownBy(() -> toOrders.forward(Envelope.first(new ConfirmOrder(UUID.randomUUID()), 1, "test")))
        .isInstanceOf(CommandRejectedException.class);

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    RemoteCommands nowhere = new RemoteCommands(fleetFile("http://127.0.0.1:" + closedPort), Set.of("orders"), CODEC);
    assertThatThrownBy(() -> nowhere.forward(Envelope.first(new RestockItem("SKU-1", 1), 1, "test")))
        .isInstanceOf(RemoteServiceException.class).hasMessageContaining("no inventory process answered RestockItem");
  }

  private Path fleetFile(String url) {
    String api = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    int port = Integer.parseInt(api.substring(api.lastIndexOf(':') + 1));
    List<FleetState.ServiceProcess> processes = List.of(
        new FleetState.ServiceProcess("orders", 1, port, api, "orders.log"),
        new FleetState.ServiceProcess("inventory", 1, port, api, "inventory.log"));
    Path file = dir.resolve("fleet-" + UUID.randomUUID() + ".json");
    new FleetState("kafka", "127.0.0.1:9092", FleetState.EMBEDDED, null, List.of(), processes).write(file);
    return file;
  }
}

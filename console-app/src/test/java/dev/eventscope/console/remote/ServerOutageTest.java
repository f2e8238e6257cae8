package dev.eventscope.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.eventscope.api.ApiServer;
import dev.eventscope.api.ApiSettings;
import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A served system that goes away and comes back on the same port: the attached console says it is
 * disconnected, warns once, reconnects the flow socket by itself and draws the new hops.
 */
class ServerOutageTest {
  private final JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger stateLog = (Logger) LoggerFactory.getLogger(ConnectionState.class);
  private EventSystem system;
  private ApiServer server;
  private LiveSocket socket;
  private RemoteStatus status;

  @BeforeEach
  void start() {
    logged.start();
    stateLog.addAppender(logged);
    system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
    server = ApiServer.start(system, new ApiSettings("127.0.0.1", 0, null));
  }

  @AfterEach
  void stop() {
    stateLog.detachAppender(logged);
    if (socket != null) socket.close();
    if (status != null) status.close();
    server.close();
    system.close();
  }

  @Test
  void the_console_shows_the_outage_warns_once_and_resumes_the_flow_when_the_server_is_back() {
    RemoteServer remote = RemoteServer.parse(server.url(), null);
    ApiClient api = new ApiClient(remote, codec.mapper());
    ConnectionState connection = new ConnectionState(remote);
    HopFeed hops = new HopFeed(Set.of());
    status = new RemoteStatus(api, new RemoteBus(api, connection), new RemoteEventStore(api, codec), connection);
    socket = LiveSocket.flow(api, hops, connection);
    socket.open();
    status.pollOnce();
    await().atMost(Duration.ofSeconds(10)).until(connection::connected);
    assertThat(status.sample().store()).isEqualTo("attached to " + server.url());

    restock(api);
    await().atMost(Duration.ofSeconds(10)).until(() -> !hops.drain().isEmpty());

    int port = server.port();
    server.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> !connection.connected());
    status.pollOnce();
    status.pollOnce();
    assertThat(status.sample().store()).isEqualTo("disconnected from " + remote.address());
    assertThat(status.sample().bus().healthy()).isFalse();

    server = ApiServer.start(system, new ApiSettings("127.0.0.1", port, null));
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      status.pollOnce();
      return connection.connected();
    });
    hops.drain();
    restock(api);
    await().atMost(Duration.ofSeconds(10)).until(() -> !hops.drain().isEmpty());
    assertThat(status.sample().store()).isEqualTo("attached to " + server.url());

    assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN).hasSize(1);
    assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.INFO).hasSize(1);
  }

  private void restock(ApiClient api) {
    api.post("/api/commands/RestockItem", codec.payloadTree(new RestockItem("SKU-1", 3)));
  }
}

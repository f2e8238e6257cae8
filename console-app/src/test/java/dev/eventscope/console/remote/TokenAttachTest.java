package dev.eventscope.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventscope.api.ApiServer;
import dev.eventscope.api.ApiSettings;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A served system with a bearer token: the attached console sends it on every call, the flow socket included. */
class TokenAttachTest {
  private static final String TOKEN = "a-served-token-for-the-console";

  private EventSystem system;
  private ApiServer server;

  @BeforeEach
  void start() {
    system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
    server = ApiServer.start(system, new ApiSettings("127.0.0.1", 0, TOKEN));
  }

  @AfterEach
  void stop() {
    server.close();
    system.close();
  }

  @Test
  void with_the_token_the_sockets_the_store_and_the_bus_answer() {
    try (RemoteSession session = RemoteSession.open(RemoteServer.parse(server.url(), TOKEN), UiExecutor.immediate())) {
      session.attached().placeTenOrders().run();

      await().atMost(Duration.ofSeconds(20)).until(() -> !session.attached().hops().drain().isEmpty());
      await().atMost(Duration.ofSeconds(20)).until(() -> session.attached().events().readAll(0, 1000).size() >= 40);
      assertThat(session.attached().status().sample().store()).isEqualTo("attached to " + server.url());
      UUID lastEvent = session.attached().events().readAll(0, 1000).get(39).envelope().messageId();
      await().atMost(Duration.ofSeconds(10)).until(() -> session.attached().messages().find(lastEvent).isPresent());
      assertThat(session.attached().bus().health().strategy()).isEqualTo("memory");
    }
  }

  @Test
  void a_wrong_token_is_refused_before_anything_opens_and_is_never_in_the_message() {
    assertThatThrownBy(() -> RemoteSession.open(RemoteServer.parse(server.url(), "not-the-served-token"), UiExecutor.immediate()))
        .isInstanceOf(RemoteCallException.class)
        .hasMessageContaining("401")
        .hasMessageNotContaining("not-the-served-token");
  }

  @Test
  void the_server_shows_without_its_token() {
    RemoteServer remote = RemoteServer.parse(server.url(), TOKEN);

    assertThat(remote.toString()).doesNotContain(TOKEN).contains(server.url());
    assertThat(remote.address()).isEqualTo(server.url());
  }
}

package dev.eventscope.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RemoteServerTest {
  @Test
  void an_address_keeps_scheme_host_and_port_only() {
    assertThat(RemoteServer.parse("http://127.0.0.1:8080/", null).address()).isEqualTo("http://127.0.0.1:8080");
    assertThat(RemoteServer.parse("http://example.org:18080/api-docs", null).address()).isEqualTo("http://example.org:18080");
    assertThat(RemoteServer.parse("127.0.0.1:8080", null).address()).isEqualTo("http://127.0.0.1:8080");
    assertThat(RemoteServer.parse("http://[::1]:8080", null).address()).isEqualTo("http://[::1]:8080");
  }

  @Test
  void sockets_use_ws_for_http_and_wss_for_https() {
    assertThat(RemoteServer.parse("http://127.0.0.1:8080", null).socket("/ws/flow")).hasToString("ws://127.0.0.1:8080/ws/flow");
    assertThat(RemoteServer.parse("https://example.org", null).socket("/ws/flow")).hasToString("wss://example.org/ws/flow");
  }

  @Test
  void other_schemes_and_credentials_in_the_address_are_refused() {
    assertThatThrownBy(() -> RemoteServer.parse("ftp://127.0.0.1:8080", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RemoteServer.parse("http://user:secret@127.0.0.1:8080", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
  }
}

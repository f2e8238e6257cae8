package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.api.ApiServer;
import dev.eventscope.api.ApiSettings;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.io.IOException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventscope console --attach}: a server that does not answer, or refuses the token, is one line before any window. */
class ConsoleAttachCliTest {
  private static final String TOKEN = "the-served-token-0123456789";

  @TempDir Path home;
  private CliRun cli;

  @BeforeEach
  void setUp() {
    cli = new CliRun(home);
  }

  @Test
  void attaching_to_a_closed_port_is_one_line_naming_the_address_and_a_non_zero_exit() throws IOException {
    int port = closedPort();

    int code = cli.run("console", "--attach", "http://127.0.0.1:" + port);

    assertThat(code).isEqualTo(1);
    assertThat(cli.errLines()).hasSize(1);
    assertThat(cli.err()).contains("http://127.0.0.1:" + port).contains("connection refused").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void a_wrong_token_is_one_line_saying_the_server_refused_it_without_showing_it() throws IOException {
    EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
    try (ApiServer server = ApiServer.start(system, new ApiSettings("127.0.0.1", 0, TOKEN))) {
      Path tokenFile = Files.writeString(home.resolve("wrong-token"), "not-the-token-but-long-enough\n");

      int code = cli.run("console", "--attach", server.url(), "--token-file", tokenFile.toString());

      assertThat(code).isEqualTo(1);
      assertThat(cli.errLines()).hasSize(1);
      assertThat(cli.err()).contains(server.url()).contains("401").contains("refused the token")
          .doesNotContain("not-the-token-but-long-enough").doesNotContain(TOKEN);
    } finally {
      system.close();
    }
  }

  @Test
  void attaching_without_a_token_to_a_server_that_wants_one_says_to_pass_it() throws IOException {
    EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
    try (ApiServer server = ApiServer.start(system, new ApiSettings("127.0.0.1", 0, TOKEN))) {
      int code = cli.run("console", "--attach", server.url());

      assertThat(code).isEqualTo(1);
      assertThat(cli.err()).contains("401").contains("--token-file");
    } finally {
      system.close();
    }
  }

  @Test
  void attaching_to_a_web_server_that_is_not_eventscope_says_so() throws IOException {
    HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext("/", exchange -> {
      byte[] page = "<html>hello</html>".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    other.start();
    try {
      int code = cli.run("console", "--attach", "http://127.0.0.1:" + other.getAddress().getPort());

      assertThat(code).isEqualTo(1);
      assertThat(cli.errLines()).hasSize(1);
      assertThat(cli.err()).contains("is not an Eventscope server");
    } finally {
      other.stop(0);
    }
  }

  @Test
  void attach_with_a_store_is_a_usage_error() {
    int code = cli.run("console", "--attach", "http://127.0.0.1:1", "--store", "memory");

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(cli.errLines()).hasSize(1);
    assertThat(cli.err()).contains("--attach").contains("--store");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventscope serve} refuses unsafe or broken settings with one line and exit code 2, before opening anything. */
class ServeCommandTest {
  @TempDir Path home;
  private CliRun cli;

  @BeforeEach
  void freshCli() {
    cli = new CliRun(home);
  }

  private void assertOneLineUsageError(int exit, String fragment) {
    assertThat(exit).isEqualTo(2);
    assertThat(cli.errLines()).singleElement().asString().startsWith("eventscope: ").contains(fragment).doesNotContain("Exception");
  }

  @Test
  void refuses_a_non_loopback_bind_without_a_token() {
    assertOneLineUsageError(cli.run("serve", "--bind", "0.0.0.0", "--store", "memory"), "without a token");
  }

  @Test
  void refuses_an_empty_or_short_token_file_without_printing_it() throws Exception {
    Path empty = Files.writeString(home.resolve("empty"), "\n");
    assertOneLineUsageError(cli.run("serve", "--token-file", empty.toString(), "--store", "memory"), "is empty");
    cli = new CliRun(home);
    Path shortToken = Files.writeString(home.resolve("short"), "abc123\n");
    assertOneLineUsageError(cli.run("serve", "--token-file", shortToken.toString(), "--store", "memory"), "too short");
    assertThat(cli.err()).doesNotContain("abc123");
  }

  @Test
  void refuses_a_missing_token_file() {
    assertOneLineUsageError(cli.run("serve", "--token-file", home.resolve("nope").toString(), "--store", "memory"), "cannot read --token-file");
  }

  @Test
  void refuses_a_port_out_of_range() {
    assertOneLineUsageError(cli.run("serve", "--port", "70000"), "--port must be between 0 and 65535");
  }

  @Test
  void defaults_to_loopback_port_8080() {
    ServeCommand serve = cli.parsed(ServeCommand.class, "serve");
    assertThat(serve.bind).isEqualTo("127.0.0.1");
    assertThat(serve.port).isEqualTo(8080);
  }

  @Test
  void a_port_in_use_is_one_line_that_says_so_and_exit_code_2() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      int exit = cli.run("serve", "--store", "memory", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(exit).isEqualTo(2);
      assertThat(cli.errLines()).singleElement().asString().contains("cannot listen on", String.valueOf(taken.getLocalPort()), "--port");
    }
  }

  @Test
  void a_store_nobody_listens_on_is_one_line_naming_it_and_exit_code_2() {
    int exit = cli.run("simulate", "--store", "mongodb://127.0.0.1:1/eventscope", "--orders", "1");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.errLines()).singleElement().asString().contains("not reachable", "127.0.0.1:1");
  }
}

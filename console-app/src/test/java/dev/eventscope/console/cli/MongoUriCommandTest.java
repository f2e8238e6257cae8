package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.services.sandbox.MongoSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mongodb+srv:// and TLS connection strings on the command line: accepted, masked, and one clear line when they cannot connect. */
class MongoUriCommandTest {
  @TempDir Path tempDir;

  private CliRun cli() {
    return new CliRun(tempDir.resolve("home"));
  }

  private static void oneMaskedLine(CliRun run) {
    assertThat(run.errLines()).as(run.err()).hasSize(1);
    assertThat(run.err() + run.out()).doesNotContain("hunter2").doesNotContain("\tat ");
  }

  @Test
  void an_srv_cluster_that_does_not_resolve_is_one_line_naming_it() {
    CliRun run = cli();

    int code = run.run("simulate", "--store", "mongodb+srv://admin:hunter2@cluster0.does-not-exist.invalid/shop?retryWrites=true&w=majority",
        "--orders", "1");

    assertThat(code).isNotZero();
    oneMaskedLine(run);
    assertThat(run.err()).contains("cluster0.does-not-exist.invalid", "_mongodb._tcp.cluster0.does-not-exist.invalid");
  }

  @Test
  void tls_to_a_server_without_it_is_one_line_naming_the_host_and_the_failed_attempt_is_audited() throws IOException {
    try (MongoSandbox sandbox = MongoSandbox.start(0)) {
      CliRun run = cli();

      int code = run.run("replay", "--store", "mongodb://admin:hunter2@127.0.0.1:" + sandbox.port()
          + "/shop?tls=true&tlsAllowInvalidHostnames=true&serverSelectionTimeoutMS=1500", "--target", "projections", "--dry-run");

      assertThat(code).isNotZero();
      oneMaskedLine(run);
      assertThat(run.err()).contains("127.0.0.1:" + sandbox.port(), "TLS");
      List<String> audit = Files.readAllLines(tempDir.resolve("home/.local/state/eventscope/replay-audit.jsonl"));
      assertThat(audit).hasSize(1);
      assertThat(audit.get(0)).contains("\"event\":\"ended\"", "\"origin\":\"cli\"", "\"dryRun\":true", "\"outcome\":\"failed\"",
          "127.0.0.1:" + sandbox.port(), "TLS").doesNotContain("hunter2");
    }
  }

  @Test
  void a_malformed_srv_string_is_a_masked_usage_error() {
    CliRun run = cli();

    int code = run.run("simulate", "--store", "mongodb+srv://admin:hunter2@cluster0.example.net:27017/shop", "--orders", "1");

    assertThat(code).isEqualTo(Cli.USAGE);
    oneMaskedLine(run);
    assertThat(run.err()).startsWith("eventscope: invalid MongoDB connection string from --store");
    CliRun twoParts = cli();
    assertThat(twoParts.run("replay", "--source", "mongodb+srv://admin:hunter2@nowhere.invalid/x", "--store", "mongodb://127.0.0.1:1/y",
        "--target", "projections")).isEqualTo(Cli.USAGE);
    oneMaskedLine(twoParts);
    assertThat(twoParts.err()).contains("invalid MongoDB connection string from --source", "at least three parts");
    CliRun noCa = cli();
    assertThat(noCa.run("simulate", "--store", "mongodb://admin:hunter2@db.example:27017/shop?tls=true&tlsCAFile=" + tempDir.resolve("ca.pem"),
        "--orders", "1")).isEqualTo(Cli.USAGE);
    oneMaskedLine(noCa);
    assertThat(noCa.err()).contains("invalid MongoDB connection string from --store: tlsCAFile " + tempDir.resolve("ca.pem") + " cannot be read");
  }
}

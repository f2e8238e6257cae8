package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invalid values for the flags of every command (the ones {@link BadUsageTest} does not walk):
 * exit code 2 and one line on stderr that names the flag, never a stack trace, nothing started.
 */
class BadFlagsOnEveryCommandTest {
  @TempDir Path home;

  private void assertUsageError(CliRun cli, int exit, String... fragments) {
    assertThat(exit).as(cli.err()).isEqualTo(Cli.USAGE);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).singleElement().asString()
        .startsWith("eventscope: ").contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "simulate --orders -5 | --orders must be at least 1",
    "simulate --clients 0 | --clients",
    "simulate --clients -2 | --clients",
    "simulate --rate -3 | --rate must be a positive number",
    "simulate --rate fast | --rate",
    "simulate --seed abc | --seed",
    "simulate --duration 10 | --duration",
    "simulate --duration -1s | --duration",
    "simulate --duration 1x | --duration",
    "simulate --timeout soon | --timeout",
    "simulate --switch-every 0s --buses memory,memory | --switch-every",
    "simulate --stock-shortage-rate 1.5 | --stock-shortage-rate must be between 0 and 1, got 1.5",
    "simulate --scenario no-such-scenario | no-such-scenario",
    "bench --orders -1 | --orders",
    "bench --threads 0 | --threads",
    "bench --warmup -1 | --warmup",
    "bench --bus pigeon | unknown bus strategy 'pigeon'",
    "bench --store cassandra | unknown store 'cassandra'",
    "replay --target nowhere --store memory | nowhere",
    "replay --target bus --store memory --from-position -1 | --from-position must be 0 or more, got -1",
    "replay --target bus --store memory --from-position abc | --from-position",
    "replay --target bus --store memory --from-position 10 --to-position 5 | --to-position 5 is before --from-position 10",
    "replay --target bus --store memory --since 2026-02-01T00:00:00Z --until 2026-01-01T00:00:00Z | --until",
    "replay --target bus --store memory --speed warp | --speed",
    "replay --target bus --store memory --speed -2x | --speed",
    "replay --target bus --store memory --since yesterday | --since': 'yesterday' is not a time like 2026-01-31T12:00:00Z",
    "replay --target bus --store memory --correlation nope | --correlation': 'nope' is not a UUID",
    "replay --target bus --store memory --list -1 | --list",
    "replay --target bus --store pigeonhole | unknown store 'pigeonhole'",
    "serve --port 70000 | --port must be between 0 and 65535",
    "serve --port -1 | --port",
    "serve --port http | --port",
    "serve --bus pigeon | unknown bus strategy 'pigeon'",
    "serve --on-undecodable ignore | --on-undecodable expects skip or stop, got 'ignore'",
    "serve --store cassandra | unknown store 'cassandra'",
    "inspect some-id --store memory --version -1 | --version must be 0 or more",
    "inspect some-id --store memory --version x | --version",
    "inspect some-id --store cassandra | unknown store 'cassandra'",
    "console --store memory --theme purple | purple",
    "console --store memory --exit-after later | --exit-after",
    "console --store memory --screen nowhere | nowhere",
  })
  void an_invalid_value_is_one_line_naming_the_flag_and_exit_2(String args, String expected) {
    CliRun cli = new CliRun(home);
    assertUsageError(cli, cli.run(args.split(" ")), expected);
  }

  @Test
  void a_scenario_file_that_does_not_exist_or_is_not_yaml_is_named_with_the_problem() throws IOException {
    CliRun missing = new CliRun(home);
    Path absent = home.resolve("absent.yaml");
    assertUsageError(missing, missing.run("simulate", "--scenario", absent.toString()), "absent.yaml");

    Path broken = home.resolve("broken.yaml");
    Files.writeString(broken, "name: broken\norders:\n  count: [1, 2\nbus: memory\n");
    CliRun cli = new CliRun(home);
    assertUsageError(cli, cli.run("simulate", "--scenario", broken.toString()), "broken.yaml", "line");

    Path folder = Files.createDirectories(home.resolve("folder.yaml"));
    CliRun dir = new CliRun(home);
    assertUsageError(dir, dir.run("simulate", "--scenario", folder.toString()), "folder.yaml");
  }

  @Test
  void a_report_that_cannot_be_written_is_named_before_anything_runs() throws IOException {
    Path folder = Files.createDirectories(home.resolve("reports"));
    CliRun cli = new CliRun(home);
    assertUsageError(cli, cli.run("simulate", "--orders", "1", "--report", folder.toString()), "--report", "reports", "is a folder");

    CliRun html = new CliRun(home);
    assertUsageError(html, html.run("simulate", "--orders", "1", "--html", folder.toString()), "--html", "is a folder");

    CliRun bench = new CliRun(home);
    assertUsageError(bench, bench.run("bench", "--orders", "1", "--warmup", "0", "--report", folder.toString()), "--report", "is a folder");

    Path file = Files.writeString(home.resolve("a-file"), "x");
    CliRun replay = new CliRun(home);
    assertUsageError(replay, replay.run("replay", "--target", "projections", "--store", "memory", "--report",
        file.resolve("r.json").toString()), "--report", "cannot create its folder");
  }

  @Test
  void a_token_file_that_cannot_be_read_is_named() {
    CliRun cli = new CliRun(home);
    assertUsageError(cli, cli.run("serve", "--port", "0", "--token-file", home.resolve("no-token").toString()), "no-token");
  }
}

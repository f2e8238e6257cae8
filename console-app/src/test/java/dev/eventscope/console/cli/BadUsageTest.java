package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Bad input ends with exit code 2 and exactly one line on stderr, never a stack trace. */
class BadUsageTest {
  @TempDir Path home;
  private CliRun cli;

  @BeforeEach
  void freshCli() {
    cli = new CliRun(home);
  }

  private void assertOneLineUsageError(int exit, String... fragments) {
    assertThat(exit).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).singleElement().asString().startsWith("eventscope: ").contains(fragments).doesNotContain("Exception");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "simulate --payment-decline-rate 2 | --payment-decline-rate must be between 0 and 1, got 2",
    "simulate --stock-shortage-rate -0.5 | --stock-shortage-rate must be between 0 and 1, got -0.5",
    "simulate --payment-decline-rate NaN | --payment-decline-rate must be between 0 and 1",
    "simulate --orders 0 | --orders must be at least 1",
    "simulate --orders many | --orders",
    "simulate --rate 0 | --rate must be a positive number",
    "simulate --timeout 0s | --timeout must be longer than 0",
    "simulate --buses memory,pigeon | unknown bus strategy 'pigeon'",
    "simulate --switch-every 1s | --switch-every needs --buses",
    "simulate --bus carrier-pigeon | unknown bus strategy 'carrier-pigeon'",
    "simulate --store cassandra | unknown store 'cassandra' from --store",
    "simulate --frobnicate | Unknown option: '--frobnicate'",
    "bench --workload checkout | unknown workload 'checkout'",
    "bench --tracing maybe | --tracing expects on or off",
    "bench --runs 0 | --runs must be at least 1",
    "sandbox mongo --port 70000 | --port must be between 0 and 65535",
    "sandbox kafka --port 70000 | --port must be between 0 and 65535",
    "simmulate | did you mean simulate",
  })
  void bad_input_exits_2_with_one_line_that_says_what_is_wrong(String args, String expected) {
    assertOneLineUsageError(cli.run(args.split(" ")), expected);
  }

  @Test
  void an_empty_store_or_data_flag_is_an_error_not_the_default() {
    assertOneLineUsageError(cli.run("simulate", "--store", ""), "--store was given an empty value");
    freshCli();
    assertOneLineUsageError(cli.run("reset", "--yes", "--data", ""), "--data was given an empty value");
  }

  @Test
  void a_usage_error_points_at_the_help_of_the_command_that_was_used() {
    assertOneLineUsageError(cli.run("simulate", "--payment-decline-rate", "2"), "(see 'eventscope simulate --help')");
  }

  @Test
  void sandbox_without_a_server_name_is_a_usage_error() {
    assertOneLineUsageError(cli.run("sandbox"), "Missing required subcommand");
  }

  @Test
  void fleet_without_up_status_or_down_is_a_usage_error() {
    assertOneLineUsageError(cli.run("fleet"), "Missing required subcommand");
  }

  @Test
  void without_a_display_the_console_says_so_and_points_at_xvfb_and_simulate() {
    assertOneLineUsageError(cli.run(), "no display", "xvfb-run", "eventscope simulate");
    freshCli();
    assertOneLineUsageError(cli.run("console", "--store", "memory"), "no display", "xvfb-run", "eventscope simulate");
  }

  @Test
  void a_screenshot_without_exit_after_is_a_usage_error() {
    assertOneLineUsageError(cli.run("console", "--store", "memory", "--screenshot", "x.png"), "exit-after");
  }

  @Test
  void reset_without_a_terminal_and_without_yes_refuses() {
    assertOneLineUsageError(cli.run("reset", "--data", home.resolve("data").toString()), "pass --yes");
  }

  @Command(name = "boom")
  static final class FailingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("cannot reach mongodb://admin:hunter2@127.0.0.1:1/eventscope\n\tat some.Frame");
    }
  }

  @Test
  void a_failure_inside_a_command_is_one_masked_line_too() {
    CommandLine commandLine = Cli.commandLine(cli.context());
    commandLine.addSubcommand(new FailingCommand());

    int exit = commandLine.execute("boom");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.errLines()).singleElement().asString()
        .startsWith("eventscope: boom failed: cannot reach mongodb://***@127.0.0.1:1/eventscope (IllegalStateException")
        .doesNotContain("hunter2");
  }

  @Test
  void version_prints_one_line_with_version_and_commit() {
    int exit = cli.run("--version");

    assertThat(exit).isZero();
    assertThat(cli.out().lines()).singleElement().asString().matches("eventscope \\S+ \\(\\S+\\)");
  }

  @Test
  void help_lists_every_command_with_examples_and_the_exit_codes() {
    int exit = cli.run("--help");

    assertThat(exit).isZero();
    assertThat(cli.out()).contains("simulate", "bench", "reset", "sandbox", "console", "Examples:", "Exit codes:");
    for (String command : new String[] {"simulate", "bench", "reset", "sandbox", "sandbox mongo", "sandbox kafka", "console", "serve",
        "replay", "inspect", "export", "import", "fleet", "fleet up", "fleet status", "fleet down"}) {
      CliRun one = new CliRun(home);
      assertThat(one.run((command + " --help").split(" "))).isZero();
      assertThat(one.out()).as(command).contains("Examples:", "eventscope " + command);
    }
  }
}

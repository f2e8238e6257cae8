package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run shared as JSON Lines: exported from one embedded store, imported into another, twice. */
class ExportImportCommandTest {
  @TempDir Path home;

  @Test
  void an_exported_run_imports_elsewhere_and_importing_it_again_adds_nothing() throws Exception {
    Path source = home.resolve("source");
    Path copy = home.resolve("copy");
    Path file = home.resolve("run.jsonl");
    assertThat(new CliRun(home).run("simulate", "--store", "embedded", "--data", source.toString(), "--orders", "10")).isZero();

    CliRun export = new CliRun(home);
    assertThat(export.run("export", "--data", source.toString(), "--out", file.toString())).isZero();
    long lines = Files.readAllLines(file).size();
    assertThat(export.out()).contains("exported " + lines + " of " + lines + " stored events");

    CliRun first = new CliRun(home);
    CliRun second = new CliRun(home);
    assertThat(first.run("import", "--data", copy.toString(), file.toString())).isZero();
    assertThat(second.run("import", "--data", copy.toString(), file.toString())).isZero();

    assertThat(first.out()).contains("imported " + lines + " events", "0 skipped");
    assertThat(second.out()).contains("imported 0 events", lines + " already there");
  }

  @Test
  void a_line_that_is_not_an_event_is_named_and_the_exit_code_says_so() throws Exception {
    Path file = home.resolve("bad.jsonl");
    Files.writeString(file, "{\"type\":\"Nonsense\"}\n");

    CliRun run = new CliRun(home);

    assertThat(run.run("import", "--data", home.resolve("d").toString(), file.toString())).isEqualTo(Cli.CHECK_FAILED);
    assertThat(run.out()).contains("1 skipped", "skipped line 1:");
  }
}

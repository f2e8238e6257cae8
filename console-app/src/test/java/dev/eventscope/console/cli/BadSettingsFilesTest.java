package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed settings.yaml or secrets.yaml: a command that reads it ends with exit code 2 and one
 * line naming the file and the line to fix, never a stack trace and never a password.
 */
class BadSettingsFilesTest {
  @TempDir Path home;
  private Path folder;

  @BeforeEach
  void configFolder() throws IOException {
    folder = Files.createDirectories(home.resolve("config/eventscope"));
  }

  private CliRun cli() {
    return new CliRun(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
  }

  private String usageError(String... args) {
    CliRun cli = cli();
    assertThat(cli.run(args)).as(cli.err()).isEqualTo(Cli.USAGE);
    assertThat(cli.errLines()).singleElement().asString().startsWith("eventscope: ").doesNotContain("Exception", "\tat ");
    return cli.err();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "bad YAML | store: [embedded\\n | (line 1, column",
    "not a mapping | - store\\n- embedded\\n | must be a mapping",
    "unknown key | data: /tmp/x\\nstroe: memory\\n | unknown setting 'stroe'",
    "a list for a value | store:\\n  - memory\\n  - embedded\\n | 'store'",
    "a mapping for a value | data: /tmp/x\\nkafka-bootstrap:\\n  host: h\\n | 'kafka-bootstrap'",
  })
  void a_malformed_settings_file_names_the_file_and_the_problem(String name, String yaml, String expected) throws IOException {
    Files.writeString(folder.resolve("settings.yaml"), yaml.replace("\\n", "\n"));

    String error = usageError("simulate", "--orders", "1");

    assertThat(error).contains(folder.resolve("settings.yaml").toString(), expected);
  }

  @Test
  void an_unknown_key_names_its_line_and_the_known_keys() throws IOException {
    Files.writeString(folder.resolve("settings.yaml"), "store: memory\n\n# typo below\nstroe: memory\n");

    assertThat(usageError("simulate", "--orders", "1")).contains("(line 4)", "known settings are store, data");
  }

  @Test
  void a_value_of_the_wrong_shape_names_its_line() throws IOException {
    Files.writeString(folder.resolve("settings.yaml"), "data: /tmp/x\nstore:\n  - memory\n");

    assertThat(usageError("simulate", "--orders", "1")).contains("'store'", "(line 2)", "must be a single value, not a list");
  }

  @Test
  void a_malformed_secrets_file_names_the_file_and_line_but_never_its_text() throws IOException {
    Files.writeString(folder.resolve("settings.yaml"), "store: mongodb://127.0.0.1:1/db\nmongodb-uri: mongodb://127.0.0.1:1/db\n");
    Files.writeString(folder.resolve("secrets.yaml"), "mongodb-uri: admin:hunter2\nredis-uri: [oops: hunter3\n");

    String error = usageError("simulate", "--orders", "1");

    assertThat(error).contains(folder.resolve("secrets.yaml").toString(), "line").doesNotContain("hunter");
  }

  @Test
  void a_secrets_file_that_is_not_a_mapping_or_has_unknown_keys_is_named() throws IOException {
    Files.writeString(folder.resolve("settings.yaml"), "store: mongodb://127.0.0.1:1/db\n");
    Files.writeString(folder.resolve("secrets.yaml"), "- admin:hunter2\n");
    assertThat(usageError("simulate", "--orders", "1")).contains("secrets.yaml", "must be a mapping").doesNotContain("hunter");

    Files.writeString(folder.resolve("secrets.yaml"), "store: admin:hunter2\nmongo-uri: admin:hunter2\n");
    assertThat(usageError("simulate", "--orders", "1")).contains("unknown setting 'mongo-uri'", "(line 2)").doesNotContain("hunter");
  }

  @Test
  void flags_that_decide_everything_never_open_a_broken_settings_file() throws IOException {
    Files.writeString(folder.resolve("settings.yaml"), "stroe: memory\n");
    CliRun cli = cli();

    assertThat(cli.parsed(SimulateCommand.class, "simulate", "--store", "memory").config().store()).isEqualTo("memory");
  }
}

package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the console's Settings screen saves, the command line reads back; passwords stay in the owner-only file. */
class SettingsWriterTest {
  @TempDir Path home;
  private CliRun cli;
  private SettingsWriter writer;

  @BeforeEach
  void configFolderUnderTheTestHome() {
    cli = new CliRun(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    writer = new SettingsWriter(cli.context().dirs().settingsFile());
  }

  private static Map<String, String> values(String... keysAndValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) values.put(keysAndValues[i], keysAndValues[i + 1]);
    return values;
  }

  private Resolved rabbitmq() {
    return cli.context().settings().resolve(null, "--rabbitmq-uri", "EVENTSCOPE_RABBITMQ_URI", "rabbitmq-uri", "the default");
  }

  @Test
  void passwords_go_to_an_owner_only_secrets_file_and_the_command_line_reads_them_back() throws IOException {
    writer.save(values("store", "mongodb", "mongodb-uri", "mongodb://app:s3cret@db.local:27017/es",
        "rabbitmq-uri", "amqp://guest:hunter2@mq.local:5672/", "kafka-bootstrap", "k1:9092,k2:9092"));

    String settings = Files.readString(writer.settingsFile());
    assertThat(settings).contains("mongodb://app@db.local:27017/es", "amqp://guest@mq.local:5672/", "k1:9092,k2:9092")
        .doesNotContain("s3cret", "hunter2");
    assertThat(Files.readString(writer.secretsFile())).contains("s3cret", "hunter2");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(writer.secretsFile()))).isEqualTo("rw-------");

    assertThat(rabbitmq().value()).isEqualTo("amqp://guest:hunter2@mq.local:5672/");
    assertThat(cli.parsed(SimulateCommand.class, "simulate").config().store()).isEqualTo("mongodb://app:s3cret@db.local:27017/es");
  }

  @Test
  void a_flag_and_the_environment_still_win_over_what_was_saved() throws IOException {
    writer.save(values("rabbitmq-uri", "amqp://guest:hunter2@mq.local:5672/", "store", "embedded"));
    cli.env("EVENTSCOPE_RABBITMQ_URI", "amqp://env-host:5672/");

    assertThat(rabbitmq().value()).isEqualTo("amqp://env-host:5672/");
    assertThat(cli.parsed(SimulateCommand.class, "simulate", "--store", "memory").config().store()).isEqualTo("memory");
  }

  @Test
  void saving_keeps_hand_written_keys_and_a_cleared_value_removes_its_password() throws IOException {
    Files.createDirectories(writer.settingsFile().getParent());
    Files.writeString(writer.settingsFile(), "data: ~/my-data\n");
    writer.save(values("redis-uri", "redis://:pw@cache:6379"));
    assertThat(Files.readString(writer.settingsFile())).contains("data: \"~/my-data\"", "redis://cache:6379");

    writer.save(values("redis-uri", ""));

    assertThat(Files.readString(writer.settingsFile())).contains("my-data").doesNotContain("redis-uri");
    assertThat(writer.secretsFile()).doesNotExist();
  }

  @Test
  void a_uri_without_a_password_has_no_secret() {
    assertThat(UriCredentials.split("redis://cache:6379")).isEqualTo(new UriCredentials.Split("redis://cache:6379", null));
    assertThat(UriCredentials.split("amqp://guest@h/")).isEqualTo(new UriCredentials.Split("amqp://guest@h/", null));
    assertThat(UriCredentials.join("amqp://guest@h:5672/vh", "guest:pw")).isEqualTo("amqp://guest:pw@h:5672/vh");
  }
}

package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.services.simulation.SimulationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flag &gt; environment &gt; settings file &gt; default, with a made-up environment and home. */
class SettingsPrecedenceTest {
  @TempDir Path home;
  private CliRun cli;
  private Path configDir;

  @BeforeEach
  void configFolderUnderTheTestHome() {
    configDir = home.resolve("config");
    cli = new CliRun(home).env("XDG_CONFIG_HOME", configDir.toString());
  }

  private void settingsFile(String yaml) throws IOException {
    Files.createDirectories(configDir.resolve("eventscope"));
    Files.writeString(configDir.resolve("eventscope/settings.yaml"), yaml);
  }

  private SimulationConfig simulate(String... flags) {
    String[] args = new String[flags.length + 1];
    args[0] = "simulate";
    System.arraycopy(flags, 0, args, 1, flags.length);
    return cli.parsed(SimulateCommand.class, args).config();
  }

  @Test
  void the_flag_wins_over_environment_settings_file_and_default() throws IOException {
    settingsFile("store: mongodb://127.0.0.1:27017/eventscope\ndata: /from/settings\n");
    cli.env("EVENTSCOPE_STORE", "memory").env("EVENTSCOPE_DATA", "/from/env");

    SimulationConfig config = simulate("--store", "embedded", "--data", "/from/flag");

    assertThat(config.store()).isEqualTo("embedded");
    assertThat(config.dataDir()).isEqualTo(Path.of("/from/flag"));
  }

  @Test
  void the_environment_wins_over_the_settings_file() throws IOException {
    settingsFile("store: memory\ndata: /from/settings\n");
    cli.env("EVENTSCOPE_STORE", "embedded").env("EVENTSCOPE_DATA", "/from/env");

    SimulationConfig config = simulate();

    assertThat(config.store()).isEqualTo("embedded");
    assertThat(config.dataDir()).isEqualTo(Path.of("/from/env"));
  }

  @Test
  void the_settings_file_wins_over_the_default() throws IOException {
    settingsFile("store: embedded\ndata: /from/settings\n");

    SimulationConfig config = simulate();

    assertThat(config.store()).isEqualTo("embedded");
    assertThat(config.dataDir()).isEqualTo(Path.of("/from/settings"));
  }

  @Test
  void without_any_setting_simulate_runs_in_memory_and_needs_no_data_folder() {
    SimulationConfig config = simulate();

    assertThat(config.store()).isEqualTo("memory");
    assertThat(config.dataDir()).isNull();
    assertThat(config.bus()).isEqualTo("memory");
  }

  @Test
  void the_default_data_folder_is_the_xdg_data_folder_or_local_share() {
    assertThat(simulate("--store", "embedded").dataDir()).isEqualTo(home.resolve(".local/share/eventscope"));

    cli.env("XDG_DATA_HOME", home.resolve("xdg-data").toString());
    assertThat(simulate("--store", "embedded").dataDir()).isEqualTo(home.resolve("xdg-data/eventscope"));
  }

  @Test
  void an_empty_environment_variable_counts_as_unset() throws IOException {
    settingsFile("store: embedded\n");
    cli.env("EVENTSCOPE_STORE", "");

    assertThat(simulate().store()).isEqualTo("embedded");
  }

  @Test
  void a_relative_data_folder_in_the_settings_file_is_relative_to_that_file_and_tilde_is_home() throws IOException {
    settingsFile("store: embedded\ndata: events\n");
    assertThat(simulate().dataDir()).isEqualTo(configDir.resolve("eventscope/events"));

    settingsFile("store: embedded\ndata: ~/my-events\n");
    assertThat(simulate().dataDir()).isEqualTo(home.resolve("my-events"));
  }

  @Test
  void a_broken_settings_file_is_named_in_a_usage_error_but_ignored_when_flags_decide() throws IOException {
    settingsFile("store: [embedded\n");

    assertThat(simulate("--store", "memory").store()).isEqualTo("memory");
    assertThatThrownBy(this::simulate)
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(configDir.resolve("eventscope/settings.yaml").toString());
  }

  @Test
  void an_unknown_store_says_where_it_came_from_without_showing_a_password() {
    cli.env("EVENTSCOPE_STORE", "postgres://admin:hunter2@db/events");

    int exit = cli.run("simulate");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.errLines()).singleElement().asString()
        .contains("unknown store")
        .contains("from EVENTSCOPE_STORE")
        .doesNotContain("hunter2");
  }

  @Test
  void the_xdg_folders_follow_the_environment_and_ignore_relative_values() {
    UserDirs dirs = UserDirs.from(java.util.Map.of("XDG_STATE_HOME", "/var/tmp/state", "XDG_DATA_HOME", "relative/data"), home);

    assertThat(dirs.logs()).isEqualTo(Path.of("/var/tmp/state/eventscope/logs"));
    assertThat(dirs.data()).isEqualTo(home.resolve(".local/share/eventscope"));
    assertThat(dirs.settingsFile()).isEqualTo(home.resolve(".config/eventscope/settings.yaml"));
  }
}

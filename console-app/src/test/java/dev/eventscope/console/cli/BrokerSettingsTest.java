package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.bus.BusSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerSettingsTest {
  @TempDir Path folder;

  @Test
  void the_console_uses_the_saved_broker_addresses_unless_the_environment_says_otherwise() throws Exception {
    Path file = folder.resolve("settings.yaml");
    Files.writeString(file, "redis-uri: redis://10.0.0.5:6380\nkafka-bootstrap: 10.0.0.6:9093\n");

    BusSettings saved = BrokerSettings.saved(Map.of(), file);
    BusSettings overridden = BrokerSettings.saved(Map.of(BusSettings.REDIS_ENV, "redis://127.0.0.1:7000"), file);

    assertThat(saved.redisUri()).isEqualTo("redis://10.0.0.5:6380");
    assertThat(saved.kafkaBootstrap()).isEqualTo("10.0.0.6:9093");
    assertThat(saved.rabbitmqUri()).isEqualTo(BusSettings.defaults().rabbitmqUri());
    assertThat(overridden.redisUri()).isEqualTo("redis://127.0.0.1:7000");
  }

  @Test
  void the_bus_prefix_comes_from_the_flag_then_the_environment_then_the_file_then_the_default() throws Exception {
    Path file = folder.resolve("settings.yaml");
    Files.writeString(file, "bus-prefix: from-file\n");
    SettingsResolver withFile = new SettingsResolver(Map.of(), () -> SettingsFile.load(file));
    SettingsResolver withEnv = new SettingsResolver(Map.of(BusSettings.PREFIX_ENV, "from-env"), () -> SettingsFile.load(file));
    SettingsResolver nothing = new SettingsResolver(Map.of(), () -> SettingsFile.load(folder.resolve("none.yaml")));

    assertThat(BrokerSettings.resolve(withEnv, null, null, null, "from-flag").prefix()).isEqualTo("from-flag");
    assertThat(BrokerSettings.resolve(withEnv, null, null, null, null).prefix()).isEqualTo("from-env");
    assertThat(BrokerSettings.resolve(withFile, null, null, null, null).prefix()).isEqualTo("from-file");
    assertThat(BrokerSettings.resolve(nothing, null, null, null, null).prefix()).isEqualTo(BusSettings.DEFAULT_PREFIX);
  }

  @Test
  void a_bus_prefix_that_cannot_name_a_stream_is_refused_saying_where_it_came_from() {
    SettingsResolver withEnv = new SettingsResolver(Map.of(BusSettings.PREFIX_ENV, "my:fleet"),
        () -> SettingsFile.load(folder.resolve("none.yaml")));
    assertThatThrownBy(() -> BrokerSettings.resolve(withEnv, null, null, null, null)).isInstanceOf(UsageException.class)
        .hasMessageContaining("my:fleet").hasMessageContaining(BusSettings.PREFIX_ENV);
  }
}

package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}

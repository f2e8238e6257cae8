package dev.eventscope.runtime.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BusSettingsTest {

  @Test
  void defaults_are_the_documented_local_addresses() {
    BusSettings defaults = BusSettings.defaults();
    assertThat(defaults.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(defaults.rabbitmqUri()).isEqualTo("amqp://guest:guest@127.0.0.1:5672/");
    assertThat(defaults.redisUri()).isEqualTo("redis://127.0.0.1:6379");
    assertThat(defaults.prefix()).isEqualTo("eventscope");
  }

  @Test
  void the_environment_overrides_the_defaults_and_blank_values_do_not() {
    BusSettings settings = BusSettings.fromEnvironment(Map.of(
        "EVENTSCOPE_KAFKA_BOOTSTRAP", "kafka.local:9093",
        "EVENTSCOPE_RABBITMQ_URI", " ",
        "EVENTSCOPE_REDIS_URI", "redis://:pw@cache:6380/2"));
    assertThat(settings.kafkaBootstrap()).isEqualTo("kafka.local:9093");
    assertThat(settings.rabbitmqUri()).isEqualTo(BusSettings.defaults().rabbitmqUri());
    assertThat(settings.redisUri()).isEqualTo("redis://:pw@cache:6380/2");
  }

  @Test
  void never_shows_a_password() {
    BusSettings settings = BusSettings.defaults().withRabbitmqUri("amqp://admin:s3cret@mq:5672/prod")
        .withRedisUri("rediss://default:an0ther@cache:6380");
    assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("an0ther").contains("amqp://***@mq:5672/prod");
    assertThat(BusSettings.mask("failed: redis://u:p@h:1 and amqp://x:y@z/")).isEqualTo("failed: redis://***@h:1 and amqp://***@z/");
    assertThat(BusSettings.mask("127.0.0.1:9092")).isEqualTo("127.0.0.1:9092");
  }

  @Test
  void rejects_a_prefix_that_cannot_name_a_topic_a_queue_and_a_key() {
    assertThatThrownBy(() -> BusSettings.defaults().withPrefix("my prefix")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BusSettings.defaults().withPrefix("a:b")).isInstanceOf(IllegalArgumentException.class);
  }
}

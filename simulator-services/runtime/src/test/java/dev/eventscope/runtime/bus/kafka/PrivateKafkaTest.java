package dev.eventscope.runtime.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The child-JVM broker the reliability suite kills: a kill is a crash, and a restart keeps what was acknowledged. */
@Tag("reliability")
class PrivateKafkaTest {

  @Test
  void a_record_acknowledged_before_the_sigkill_is_there_after_the_restart() throws Exception {
    try (PrivateKafka kafka = PrivateKafka.started()) {
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap()))) {
        admin.createTopics(List.of(new NewTopic("survivors", 1, (short) 1))).all().get();
      }
      KafkaTestAdmin.send(kafka.bootstrap(), "survivors", "acknowledged".getBytes(StandardCharsets.UTF_8));
      long pid = kafka.pid();

      kafka.kill();
      assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the broker's JVM after the kill").isEmpty();
      kafka.start();

      assertThat(kafka.pid()).isNotEqualTo(pid);
      assertThat(KafkaTestAdmin.records(kafka.bootstrap(), "survivors")).isEqualTo(1);
    }
  }
}

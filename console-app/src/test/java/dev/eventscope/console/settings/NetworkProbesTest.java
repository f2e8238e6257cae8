package dev.eventscope.console.settings;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.bus.kafka.EmbeddedKafkaBroker;
import dev.eventscope.services.sandbox.MongoSandbox;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings screen's Test button against real servers: each answers when up and fails clearly when not. */
class NetworkProbesTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private final NetworkProbes probes = new NetworkProbes();

  @TempDir Path kafkaData;

  @Test
  void mongodb_answers_on_the_wire_server_and_fails_on_a_closed_port() throws Exception {
    try (MongoSandbox mongo = MongoSandbox.start(0)) {
      assertThatCode(() -> probes.check(Connection.MONGODB, mongo.connectionString(), TIMEOUT)).doesNotThrowAnyException();
    }
    assertThatThrownBy(() -> probes.check(Connection.MONGODB, "mongodb://127.0.0.1:" + closedPort() + "/x", TIMEOUT));
  }

  @Test
  void kafka_answers_on_a_real_broker_and_fails_on_a_closed_port() throws Exception {
    try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(kafkaData)) {
      assertThatCode(() -> probes.check(Connection.KAFKA, kafka.bootstrap(), TIMEOUT)).doesNotThrowAnyException();
    }
    assertThatThrownBy(() -> probes.check(Connection.KAFKA, "127.0.0.1:" + closedPort(), TIMEOUT));
  }

  @Test
  void rabbitmq_and_redis_answer_on_the_local_servers_and_fail_on_a_closed_port() throws Exception {
    assumeListening(5672, "RabbitMQ");
    assumeListening(6379, "Redis");
    assertThatCode(() -> probes.check(Connection.RABBITMQ, "amqp://guest:guest@127.0.0.1:5672/", TIMEOUT)).doesNotThrowAnyException();
    assertThatCode(() -> probes.check(Connection.REDIS, "redis://127.0.0.1:6379", TIMEOUT)).doesNotThrowAnyException();
    assertThatThrownBy(() -> probes.check(Connection.RABBITMQ, "amqp://guest:guest@127.0.0.1:" + closedPort() + "/", TIMEOUT));
    assertThatThrownBy(() -> probes.check(Connection.RABBITMQ, "amqp://guest:wrong@127.0.0.1:5672/", TIMEOUT));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void assumeListening(int port, String what) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
    } catch (IOException e) {
      Assumptions.abort(what + " is not running on " + port);
    }
  }
}

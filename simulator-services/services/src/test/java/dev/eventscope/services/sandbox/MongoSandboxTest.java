package dev.eventscope.services.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoSandboxTest {

  @Test
  void serves_the_official_driver_on_a_free_loopback_port() {
    try (MongoSandbox sandbox = MongoSandbox.start(0);
        MongoClient client = MongoClients.create(sandbox.connectionString())) {
      assertThat(sandbox.port()).isPositive();
      assertThat(sandbox.connectionString()).isEqualTo("mongodb://127.0.0.1:" + sandbox.port() + "/eventscope");

      MongoCollection<Document> events = client.getDatabase(MongoSandbox.DATABASE).getCollection("events");
      events.insertOne(new Document("aggregateId", "order-1").append("version", 1));

      assertThat(events.countDocuments(new Document("aggregateId", "order-1"))).isEqualTo(1);
    }
  }

  @Test
  void says_the_port_is_in_use_when_another_server_holds_it() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(MongoSandbox.HOST))) {
      assertThatThrownBy(() -> MongoSandbox.start(taken.getLocalPort()))
          .isInstanceOf(SandboxException.class)
          .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
    }
  }

  @Test
  void closing_twice_is_harmless() {
    MongoSandbox sandbox = MongoSandbox.start(0);
    sandbox.close();
    sandbox.close();
  }

  @Test
  void refuses_a_port_outside_the_tcp_range() {
    assertThatThrownBy(() -> MongoSandbox.start(70_000)).isInstanceOf(IllegalArgumentException.class);
  }
}

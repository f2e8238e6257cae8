package dev.eventscope.console.settings;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.eventscope.runtime.bus.rabbitmq.RabbitProbe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import redis.clients.jedis.Jedis;

/**
 * The real checks: MongoDB answers {@code ping}, Kafka describes its cluster, RabbitMQ opens (and
 * closes) a connection, Redis answers {@code PING} — each within the timeout.
 */
public final class NetworkProbes implements ConnectionProbe {
  @Override
  public void check(Connection connection, String address, Duration timeout) throws Exception {
    switch (connection) {
      case MONGODB -> mongodb(address, timeout);
      case KAFKA -> kafka(address, timeout);
      case RABBITMQ -> rabbitmq(address, timeout);
      case REDIS -> redis(address, timeout);
      default -> throw new IllegalArgumentException(connection.name());
    }
  }

  private static void mongodb(String uri, Duration timeout) {
    MongoClientSettings settings = MongoClientSettings.builder()
        .applyConnectionString(new ConnectionString(uri))
        .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
        .applyToSocketSettings(socket -> socket.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS))
        .build();
    try (MongoClient client = MongoClients.create(settings)) {
      client.getDatabase("admin").runCommand(new Document("ping", 1));
    }
  }

  private static void kafka(String bootstrap, Duration timeout) throws Exception {
    // A refused port fails at once here; Kafka's Admin would retry quietly until the timeout.
    anyListening(bootstrap, timeout);
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "eventscope-settings-test");
    try (Admin admin = Admin.create(config)) {
      admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void anyListening(String bootstrap, Duration timeout) throws IOException {
    IOException last = new IOException("no address given");
    for (String address : bootstrap.split(",")) {
      String hostPort = address.strip();
      int colon = hostPort.lastIndexOf(':');
      if (colon <= 0) throw new IllegalArgumentException("'" + hostPort + "' is not host:port");
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))),
            (int) timeout.toMillis());
        return;
      } catch (IOException e) {
        last = new IOException(hostPort + ": " + e.getMessage(), e);
      }
    }
    throw last;
  }

  private static void rabbitmq(String uri, Duration timeout) {
    RabbitProbe.check(uri, timeout);
  }

  private static void redis(String uri, Duration timeout) {
    try (Jedis jedis = new Jedis(URI.create(uri), (int) timeout.toMillis())) {
      String answer = jedis.ping();
      if (!"PONG".equalsIgnoreCase(answer)) throw new IllegalStateException("PING answered " + answer);
    }
  }
}

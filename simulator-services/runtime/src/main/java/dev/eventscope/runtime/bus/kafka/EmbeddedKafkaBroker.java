package dev.eventscope.runtime.bus.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one) inside this JVM, from the
 * bundled {@code kafka_2.13} jars, listening on loopback only. Its data lives in the folder it is
 * given, so it can be stopped and started again on the same ports with what it had (a broker
 * restart), or thrown away with the folder. For tests and {@code eventscope sandbox kafka}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final String PROPERTIES = "server.properties";

  private final Path dataDir;
  private final int brokerPort;
  private final int controllerPort;
  private KafkaRaftServer server;

  private EmbeddedKafkaBroker(Path dataDir, int brokerPort, int controllerPort) {
    this.dataDir = dataDir;
    this.brokerPort = brokerPort;
    this.controllerPort = controllerPort;
  }

  /** Formats {@code dataDir} if it is new, starts the broker on free ports and waits until it answers. */
  public static EmbeddedKafkaBroker start(Path dataDir) {
    return start(dataDir, freePort(), freePort());
  }

  /** Same, on the given ports (a broker port of 9092 makes it the default {@code --kafka-bootstrap}). */
  public static EmbeddedKafkaBroker start(Path dataDir, int brokerPort, int controllerPort) {
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir.toAbsolutePath(), brokerPort, controllerPort);
    broker.startAgain();
    return broker;
  }

  /** {@code 127.0.0.1:<port>}: what clients put in {@code bootstrap.servers}. */
  public String bootstrap() {
    return "127.0.0.1:" + brokerPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  public synchronized boolean running() {
    return server != null;
  }

  /** Starts it (again): on the same ports and data, as a restarted broker would. */
  public synchronized void startAgain() {
    if (server != null) return;
    Properties properties = properties();
    try {
      Files.createDirectories(dataDir);
      if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) format(properties);
    } catch (IOException e) {
      throw new IllegalStateException("cannot prepare the Kafka data folder " + dataDir + ": " + e.getMessage(), e);
    }
    KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
    starting.startup();
    server = starting;
    awaitReady(Duration.ofSeconds(60));
    LOG.info("Kafka broker ready on {} (data in {})", bootstrap(), dataDir);
  }

  /** Stops it and waits until it has; its data stays. */
  public synchronized void stop() {
    if (server == null) return;
    server.shutdown();
    server.awaitShutdown();
    server = null;
  }

  @Override
  public void close() {
    stop();
  }

  private Properties properties() {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
    p.put("log.dirs", dataDir.resolve("logs").toString());
    // A single node holds every replica; without these the first group join waits minutes.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.partitions", "3");
    p.put("auto.create.topics.enable", "false");
    return p;
  }

  /** Writes the cluster's identity into the data folder (once; a restart reuses it). */
  private void format(Properties properties) throws IOException {
    Path file = dataDir.resolve(PROPERTIES);
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(out, "eventscope embedded Kafka broker");
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", file.toString(), "--standalone"},
        new PrintStream(output, true, StandardCharsets.UTF_8));
    if (status != 0) throw new IllegalStateException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
  }

  private void awaitReady(Duration timeout) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
      admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka broker on " + bootstrap() + " did not answer within " + timeout.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the Kafka broker started", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    }
  }
}

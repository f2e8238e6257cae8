package dev.eventscope.runtime.bus.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.testing.ChildProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A RabbitMQ node of the test's own: the installed server started as a child process with its own
 * node name, free loopback ports, data folder and configuration (no plugins), so a test can kill it
 * the hard way (SIGKILL of its Erlang VM) and start it again on the same data, without touching
 * the node at 127.0.0.1:5672 that other tests and people use. It shares the machine's {@code epmd}.
 * Everything of it is removed on {@link #close()}, or when the JVM exits.
 */
public final class PrivateRabbitMq implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PrivateRabbitMq.class);
  /** The server script itself: {@code /usr/sbin/rabbitmq-server} is a wrapper that switches to the rabbitmq user. */
  private static final Path SERVER = Path.of("/usr/lib/rabbitmq/bin/rabbitmq-server");
  private static final Duration READY_WITHIN = Duration.ofSeconds(90);

  private final Path dir;
  private final int port = BusFixtures.unusedPort();
  private final int distributionPort = BusFixtures.unusedPort();
  private final Thread cleanUpOnExit;
  private int starts;
  private Process process;

  private PrivateRabbitMq(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir.resolve("home"));
    Files.writeString(dir.resolve("rabbitmq.conf"), "listeners.tcp.local = 127.0.0.1:" + port + "\n");
    Files.writeString(dir.resolve("enabled_plugins"), "[].\n");
    // Read instead of /etc/rabbitmq/rabbitmq-env.conf, which names the shared node.
    Files.writeString(dir.resolve("rabbitmq-env.conf"), "");
    this.cleanUpOnExit = new Thread(this::killAndRemove, "private-rabbitmq-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUpOnExit);
  }

  /** Starts one in a new temporary folder and waits until it accepts AMQP connections; skips the test when RabbitMQ is not installed. */
  public static PrivateRabbitMq started() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(SERVER), SERVER + " is not installed (run scripts/ensure-services.sh)");
    PrivateRabbitMq rabbit = new PrivateRabbitMq(Files.createTempDirectory("eventscope-private-rabbitmq"));
    try {
      rabbit.start();
    } catch (RuntimeException e) {
      rabbit.close();
      throw e;
    }
    return rabbit;
  }

  /** The AMQP address, the same across restarts (guest may connect: it is loopback). */
  public String uri() {
    return "amqp://guest:guest@127.0.0.1:" + port + "/";
  }

  public String nodeName() {
    return "esfault-" + port + "@localhost";
  }

  /** Starts the node (again, on the same data and ports) and waits until an AMQP connection opens. */
  public synchronized void start() {
    if (process != null && process.isAlive()) return;
    Path log = dir.resolve("server-" + ++starts + ".log");
    long began = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(SERVER.toString()).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("RABBITMQ_") || name.startsWith("ERL_"));
    env.putAll(Map.of("HOME", dir.resolve("home").toString(), // its own Erlang cookie, written there on first start
        "RABBITMQ_CONF_ENV_FILE", dir.resolve("rabbitmq-env.conf").toString(),
        "RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq.conf").toString(),
        "RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString(),
        "RABBITMQ_NODENAME", nodeName(),
        "RABBITMQ_DIST_PORT", Integer.toString(distributionPort),
        "RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString(),
        "RABBITMQ_LOG_BASE", dir.resolve("log").toString(),
        "RABBITMQ_PID_FILE", dir.resolve("rabbitmq.pid").toString(),
        "ERL_EPMD_ADDRESS", "127.0.0.1"));
    env.put("ERL_FLAGS", "-kernel inet_dist_use_interface {127,0,0,1}");
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + SERVER, e);
    }
    ChildProcesses.awaitReady(process, this::acceptsConnections, READY_WITHIN, "RabbitMQ node " + nodeName() + " (start " + starts + ")", log);
    LOG.info("private RabbitMQ node {} ready on port {} in {} ms (start {})", nodeName(), port, (System.nanoTime() - began) / 1_000_000,
        starts);
  }

  /**
   * SIGKILLs the node's Erlang VM ({@code beam.smp}): no shutdown, as in a crash. Its helpers
   * end with it; its data folder stays.
   */
  public synchronized void kill() {
    if (process == null) return;
    erlangVm().ifPresent(beam -> {
      beam.destroyForcibly();
      ChildProcesses.awaitGone(beam);
      LOG.info("private RabbitMQ node {} killed (beam.smp pid {})", nodeName(), beam.pid());
    });
    // The start script ends when its VM does; whatever is left of it goes too.
    ChildProcesses.awaitGone(process.toHandle());
    ChildProcesses.killTree(process.toHandle());
    process = null;
  }

  /** The process id of the node's Erlang VM; -1 while it is not running. */
  public synchronized long erlangVmPid() {
    return erlangVm().map(ProcessHandle::pid).orElse(-1L);
  }

  @Override
  public void close() {
    killAndRemove();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanUpOnExit);
    } catch (IllegalStateException alreadyExiting) {
      // The hook is running or has run.
    }
  }

  private synchronized void killAndRemove() {
    kill();
    ChildProcesses.deleteTree(dir);
  }

  private Optional<ProcessHandle> erlangVm() {
    if (process == null) return Optional.empty();
    return process.descendants().filter(p -> p.info().command().orElse("").endsWith("beam.smp")).findFirst();
  }

  /** A full AMQP handshake and a channel: the port alone opens before the node serves. */
  private boolean acceptsConnections() {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost("127.0.0.1");
    factory.setPort(port);
    factory.setConnectionTimeout(1_000);
    factory.setHandshakeTimeout(2_000);
    factory.setAutomaticRecoveryEnabled(false);
    try (Connection connection = factory.newConnection("eventscope-test-probe")) {
      connection.createChannel().close();
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}

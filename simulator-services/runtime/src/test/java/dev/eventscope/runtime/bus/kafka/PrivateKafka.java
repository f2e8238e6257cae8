package dev.eventscope.runtime.bus.kafka;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.testing.ChildProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka broker of the test's own in a child JVM ({@link KafkaBrokerProcess}: KRaft, one node, on
 * free loopback ports), so a test can kill it the hard way (SIGKILL) and start it again on the same
 * data folder and ports, as after a crash. Its folder (data and one log per start) is removed on
 * {@link #close()}, or when the JVM exits.
 */
public final class PrivateKafka implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PrivateKafka.class);
  /**
   * After a SIGKILL the new broker is refused (DuplicateBrokerRegistration) until the old one's
   * session times out (9 s): a restart took 13-20 s here, 72 s with the machine's load at 44.
   */
  private static final Duration READY_WITHIN = Duration.ofSeconds(120);

  private final Path dir;
  private final int brokerPort = BusFixtures.unusedPort();
  private final int controllerPort = BusFixtures.unusedPort();
  private final Thread cleanUpOnExit;
  private int starts;
  private Process process;

  private PrivateKafka(Path dir) {
    this.dir = dir;
    this.cleanUpOnExit = new Thread(this::killAndRemove, "private-kafka-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUpOnExit);
  }

  /** Starts one in a new temporary folder and waits until it answers. */
  public static PrivateKafka started() throws IOException {
    PrivateKafka kafka = new PrivateKafka(Files.createTempDirectory("eventscope-private-kafka"));
    try {
      kafka.start();
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
    return kafka;
  }

  /** {@code 127.0.0.1:<port>}, the same across restarts. */
  public String bootstrap() {
    return "127.0.0.1:" + brokerPort;
  }

  /** The broker JVM's process id; -1 while it is not running. */
  public synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  /** Starts the child JVM (again, on the same data and ports) and waits until the broker answers. */
  public synchronized void start() {
    if (process != null && process.isAlive()) return;
    Path log = dir.resolve("broker-" + ++starts + ".log");
    long began = System.nanoTime();
    try {
      process = new ProcessBuilder(List.of(javaBinary(), "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          KafkaBrokerProcess.class.getName(), dir.resolve("data").toString(), Integer.toString(brokerPort), Integer.toString(controllerPort)))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the Kafka broker process", e);
    }
    ChildProcesses.awaitReady(process, () -> said(log, KafkaBrokerProcess.READY), READY_WITHIN, "Kafka broker process (start " + starts + ")", log);
    LOG.info("private Kafka broker (pid {}) ready on {} in {} ms (start {})", process.pid(), bootstrap(),
        (System.nanoTime() - began) / 1_000_000, starts);
  }

  /** SIGKILLs the broker's JVM: no shutdown, nothing flushed by it, as in a crash. Its data folder stays. */
  public synchronized void kill() {
    if (process == null) return;
    ChildProcesses.killTree(process.toHandle());
    LOG.info("private Kafka broker (pid {}) killed", process.pid());
    process = null;
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

  private static boolean said(Path log, String line) {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(line);
    } catch (IOException e) {
      return false;
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

package dev.eventscope.runtime.bus.redis;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Redis server of the test's own (the {@code redis-server} binary on a free loopback port, no
 * persistence), so a test can stop and restart it without disturbing the shared one.
 */
public final class PrivateRedis implements AutoCloseable {
  private final int port;
  private Process process;

  public PrivateRedis(int port) {
    this.port = port;
  }

  public static PrivateRedis started(int port) {
    Assumptions.assumeTrue(new File("/usr/bin/redis-server").canExecute() || onPath("redis-server"),
        "redis-server is not installed (run scripts/ensure-services.sh)");
    PrivateRedis redis = new PrivateRedis(port);
    redis.start();
    return redis;
  }

  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  public void start() {
    try {
      process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
          "--save", "", "--appendonly", "no"))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start redis-server", e);
    }
    long deadline = System.currentTimeMillis() + 10_000;
    while (!answers()) {
      if (System.currentTimeMillis() > deadline) throw new IllegalStateException("redis-server did not answer on " + port);
      sleep(20);
    }
  }

  /** Kills it the hard way: whatever it held is gone, as after a crash. */
  public void kill() {
    if (process == null) return;
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  @Override
  public void close() {
    kill();
  }

  private boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean onPath(String binary) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(File.pathSeparator)) {
      if (new File(dir, binary).canExecute()) return true;
    }
    return false;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

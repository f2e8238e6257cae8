package dev.eventscope.services.reliability;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * {@code rabbitmqctl} on the local RabbitMQ, to stop and start its application the way an operator
 * does (the node keeps running; every connection is closed by the broker). Usable only where this
 * user may run it (root, or the rabbitmq user's cookie).
 */
final class RabbitCtl {
  private RabbitCtl() {}

  /** True when {@code rabbitmqctl status} answers here. */
  static boolean usable() {
    try {
      return run("status") == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs {@code rabbitmqctl <command>} and answers its exit code (-1 if it did not finish in a minute). */
  static int run(String command) throws IOException {
    Process process = new ProcessBuilder("rabbitmqctl", command).redirectErrorStream(true).start();
    try {
      process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return -1;
    }
  }

  /** Runs a command that must succeed. */
  static void must(String command) throws IOException {
    int code = run(command);
    if (code != 0) throw new IOException("rabbitmqctl " + command + " exited " + code);
  }
}

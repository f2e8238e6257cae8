package dev.eventscope.services.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A raw lane's reading thread: its body loops while the supplier it is given says to go on, and
 * {@link #stop} ends it (waiting a while for the loop to notice).
 */
final class RawReader {
  private volatile boolean running = true;
  private final Thread thread;

  private RawReader(String name, Consumer<BooleanSupplier> body) {
    thread = new Thread(() -> body.accept(() -> running), name);
    thread.setDaemon(true);
  }

  static RawReader start(String name, Consumer<BooleanSupplier> body) {
    RawReader reader = new RawReader(name, body);
    reader.thread.start();
    return reader;
  }

  void stop(Duration wait) {
    running = false;
    try {
      thread.join(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.eventscope.runtime.store.embedded;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static dev.eventscope.runtime.store.StoreFixtures.orderConfirmed;
import static dev.eventscope.runtime.store.StoreFixtures.orderEvents;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The child process of {@link EmbeddedBackendCrashTest}: appends to an embedded store from a few
 * threads as fast as it can and prints {@code ack <message id>} for every event of an append that
 * returned, one flushed line each, until it is killed. Each order is a two-event append (a new
 * stream) followed by a one-event append at version 2, so both new and existing streams are hit.
 *
 * <p>Arguments: the data folder, the number of threads, and a safety limit in seconds after which
 * it exits by itself (so a test that died cannot leave it running).
 */
public final class AppendUntilKilled {
  static final String READY = "ready";
  static final String ACK = "ack ";

  private AppendUntilKilled() {}

  public static void main(String[] args) throws InterruptedException {
    Path dataDir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
    // Our own stream on fd 1, unbuffered by us and flushed per line: a printed line is a promise.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    EmbeddedBackend backend = new EmbeddedBackend(dataDir, CODEC);
    print(out, READY);
    Thread[] writers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      writers[t] = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          UUID orderId = UUID.randomUUID();
          String aggregateId = "order-" + orderId;
          acknowledge(out, backend.events().append(aggregateId, 0, orderEvents(orderId, 2)));
          List<Envelope<Event>> confirmation = List.of(orderConfirmed(orderId));
          acknowledge(out, backend.events().append(aggregateId, 2, confirmation));
        }
      }, "appender-" + t);
      writers[t].start();
    }
    for (Thread writer : writers) writer.join();
    backend.close();
  }

  private static void acknowledge(PrintStream out, List<StoredEvent> stored) {
    for (StoredEvent event : stored) print(out, ACK + event.envelope().messageId());
  }

  private static void print(PrintStream out, String line) {
    synchronized (out) {
      out.print(line + "\n");
      out.flush();
    }
  }
}

package dev.eventscope.runtime.store.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-JVM MongoDB-wire server on a random loopback port, reached through the official driver
 * over TCP like a real server. Each test gets its own database, so the tests of a JVM share one
 * server ({@link #shared}), stopped when the JVM ends.
 */
final class MongoTestServer implements AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static MongoTestServer shared;
  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final InetSocketAddress address;

  MongoTestServer() {
    server.bind(new InetSocketAddress("127.0.0.1", 0));
    address = server.getLocalAddress();
  }

  static synchronized MongoTestServer shared() {
    if (shared == null) {
      MongoTestServer started = new MongoTestServer();
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "mongo-test-server-stop"));
      shared = started;
    }
    return shared;
  }

  String uri() {
    return "mongodb://127.0.0.1:" + address.getPort();
  }

  String hostAndPort() {
    return "127.0.0.1:" + address.getPort();
  }

  static String freshDatabase() {
    return "test_" + DATABASES.incrementAndGet();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}

package dev.eventscope.services.sandbox;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.BindException;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory MongoDB-wire server (mongo-java-server) on 127.0.0.1. It speaks enough of the
 * protocol for the official driver, but not all of MongoDB: no transactions, no index-backed
 * queries (see PLATFORM.md), so it is for trying and testing, not for measuring.
 */
public final class MongoSandbox implements AutoCloseable {
  public static final String HOST = "127.0.0.1";
  public static final String DATABASE = "eventscope";
  public static final int DEFAULT_PORT = 27017;

  private static final Logger LOG = LoggerFactory.getLogger(MongoSandbox.class);

  private final MongoServer server;
  private final int port;
  private boolean closed;

  private MongoSandbox(MongoServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts on {@code port} (0 = a free one), or fails with a message that says why. */
  public static MongoSandbox start(int port) {
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    MongoServer server = new MongoServer(new MemoryBackend());
    try {
      server.bind(HOST, port);
    } catch (Exception e) {
      // Netty rethrows the checked BindException undeclared, so catch Exception, not RuntimeException.
      server.shutdownNow();
      if (hasCause(e, BindException.class)) {
        throw new SandboxException("port " + port + " on " + HOST + " is already in use", e);
      }
      throw new SandboxException("cannot start the MongoDB sandbox on " + HOST + ":" + port + ": " + e.getMessage(), e);
    }
    InetSocketAddress address = server.getLocalAddress();
    MongoSandbox sandbox = new MongoSandbox(server, address.getPort());
    LOG.info("MongoDB sandbox listening on {}", sandbox.connectionString());
    return sandbox;
  }

  public int port() {
    return port;
  }

  /** {@code mongodb://127.0.0.1:<port>/eventscope}. */
  public String connectionString() {
    return "mongodb://" + HOST + ":" + port + "/" + DATABASE;
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    server.shutdownNow();
    LOG.info("MongoDB sandbox on port {} stopped", port);
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return true;
      if (t.getCause() == t) break;
    }
    return false;
  }
}

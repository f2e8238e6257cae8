package dev.eventscope.console.fleet;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;

/**
 * Whether a local broker's port answers, before a fleet starts five processes that would each
 * fail on it. Only a TCP connect: the services themselves check the protocol.
 */
public final class BrokerProbe {
  private static final int TIMEOUT_MILLIS = 2_000;

  private BrokerProbe() {}

  /** Empty when {@code uri}'s host and port accept a connection; else why not. */
  public static Optional<String> problem(String uri, int defaultPort) {
    URI parsed;
    try {
      parsed = URI.create(uri);
    } catch (IllegalArgumentException e) {
      return Optional.of("'" + uri + "' is not a URI");
    }
    if (parsed.getHost() == null) return Optional.of("'" + uri + "' names no host");
    int port = parsed.getPort() < 0 ? defaultPort : parsed.getPort();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(parsed.getHost(), port), TIMEOUT_MILLIS);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("nothing answers on " + parsed.getHost() + ":" + port + " (" + e.getMessage() + ")");
    }
  }
}

package dev.eventscope.runtime.bus.kafka;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * A plain TCP look at the bootstrap servers before any Kafka client is made: Kafka's clients
 * retry a refused connection quietly until their timeout (logging a warning each time), while a
 * person who mistyped an address wants one clear error at once.
 */
final class BootstrapProbe {
  private BootstrapProbe() {}

  /** @throws BusUnavailableException naming the addresses when none of them accepts a connection */
  static void anyListening(String bootstrap, Duration timeout) {
    String lastError = "no address given";
    for (String address : bootstrap.split(",")) {
      String hostPort = address.trim().replaceFirst("^[A-Za-z0-9_]+://", "");
      int colon = hostPort.lastIndexOf(':');
      if (colon <= 0) {
        lastError = "'" + hostPort + "' is not host:port";
        continue;
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))),
            (int) Math.max(100, timeout.toMillis()));
        return;
      } catch (IOException | IllegalArgumentException e) {
        lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
    }
    throw new BusUnavailableException("Kafka at " + BusSettings.mask(bootstrap) + " is not reachable: " + lastError, null);
  }
}

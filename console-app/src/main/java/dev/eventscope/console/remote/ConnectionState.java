package dev.eventscope.console.remote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the served system answers, as the parts talking to it find out (the flow socket, the
 * status poll). An outage is logged once, as a WARN, when the first part loses the server, and once
 * as an INFO when every part has it back — never once per retry.
 */
public final class ConnectionState {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionState.class);

  private final RemoteServer server;
  private final Map<String, String> down = new ConcurrentHashMap<>();
  private volatile boolean everConnected;
  private boolean outage;

  public ConnectionState(RemoteServer server) {
    this.server = server;
  }

  /** {@code part} reached the server. */
  public void up(String part) {
    everConnected = true;
    down.remove(part);
    synchronized (this) {
      if (outage && down.isEmpty()) {
        outage = false;
        LOG.info("{} answers again", server.address());
      }
    }
  }

  /** {@code part} lost the server, for the reason given (one line). */
  public void down(String part, String why) {
    down.put(part, why);
    synchronized (this) {
      if (!outage) {
        outage = true;
        LOG.warn("lost {}: {}; trying again in the background", server.address(), why);
      }
    }
  }

  public boolean connected() {
    return down.isEmpty() && everConnected;
  }

  /** Why the server does not answer (one of the parts' reasons), or null when it does. */
  public String why() {
    return down.values().stream().findFirst().orElse(null);
  }

  public RemoteServer server() {
    return server;
  }
}

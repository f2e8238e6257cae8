package dev.eventscope.console.remote;

import dev.eventscope.console.shell.SystemStatus;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the served system every {@link #PERIOD_MILLIS} (its bus and its store's head) on its own
 * thread, and answers the status bar from the last poll: "attached to http://host:port", or
 * "disconnected from …" while it does not answer. The server's command and error counters are not
 * read, so those figures show as unknown.
 */
public final class RemoteStatus implements SystemStatus, AutoCloseable {
  static final long PERIOD_MILLIS = 2_000;

  private final RemoteBus bus;
  private final RemoteEventStore store;
  private final ConnectionState connection;
  private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "console-status-poll");
    thread.setDaemon(true);
    return thread;
  });

  public RemoteStatus(RemoteBus bus, RemoteEventStore store, ConnectionState connection) {
    this.bus = bus;
    this.store = store;
    this.connection = connection;
  }

  /** Polls now and then every period. */
  public void start() {
    poll.scheduleWithFixedDelay(this::pollOnce, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Blocking: one poll. */
  public void pollOnce() {
    try {
      bus.refresh();
      store.refreshLastPosition();
      connection.up("status");
    } catch (RemoteCallException e) {
      connection.down("status", e.getMessage());
    }
  }

  @Override
  public Figures sample() {
    String address = connection.server().address();
    String where = connection.connected() ? "attached to " + address : "disconnected from " + address;
    return new Figures(bus.health(), where, store.lastPosition(), -1, -1, -1, -1, 0);
  }

  @Override
  public void close() {
    poll.shutdownNow();
  }
}

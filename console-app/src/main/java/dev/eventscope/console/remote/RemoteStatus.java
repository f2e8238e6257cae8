package dev.eventscope.console.remote;

import dev.eventscope.console.shell.SystemStatus;
import dev.eventscope.runtime.metrics.Metrics;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the served system every {@link #PERIOD_MILLIS} (its bus and its store's head) on its own
 * thread, and answers the status bar from the last poll: "attached to http://host:port", or
 * "disconnected from …" while it does not answer. Command and error counts come from its
 * {@code /metrics}.
 */
public final class RemoteStatus implements SystemStatus, AutoCloseable {
  static final long PERIOD_MILLIS = 2_000;

  private final RemoteBus bus;
  private final RemoteEventStore store;
  private final ConnectionState connection;
  private final ApiClient api;
  private volatile ServedCounters counters = ServedCounters.UNKNOWN;
  private volatile boolean closed;
  private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "console-status-poll");
    thread.setDaemon(true);
    return thread;
  });

  public RemoteStatus(ApiClient api, RemoteBus bus, RemoteEventStore store, ConnectionState connection) {
    this.api = api;
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
      counters = ServedCounters.parse(api.getText("/metrics"));
      connection.up("status");
    } catch (RemoteCallException e) {
      // A poll cut short by closing the console is not an outage.
      if (!closed) connection.down("status", e.getMessage());
    }
  }

  @Override
  public Figures sample() {
    String address = connection.server().address();
    String where = connection.connected() ? "attached to " + address : "disconnected from " + address;
    ServedCounters now = counters;
    return new Figures(bus.health(), where, store.lastPosition(), now.get(Metrics.COMMANDS_SENT), now.get(Metrics.COMMANDS_FAILED),
        now.get(Metrics.DEAD_LETTERED), now.get(Metrics.COMMANDS_REJECTED), Math.max(0, now.hopsDropped()));
  }

  @Override
  public void close() {
    closed = true;
    poll.shutdownNow();
  }
}

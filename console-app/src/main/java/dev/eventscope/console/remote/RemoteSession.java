package dev.eventscope.console.remote;

import dev.eventscope.console.shell.AttachedSystem;
import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.console.ui.MessageCatalog;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.console.ui.UiTick;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console attached to a served system (the composition root of {@code --attach}): checks the
 * server answers, then opens the flow and event sockets and the status poll, and owns everything it started so
 * closing the session stops it. Nothing of the served system is stopped.
 */
public final class RemoteSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RemoteSession.class);

  private final AttachedSystem attached;
  private final List<LiveSocket> sockets;
  private final RemoteStatus status;

  private RemoteSession(AttachedSystem attached, List<LiveSocket> sockets, RemoteStatus status) {
    this.attached = attached;
    this.sockets = sockets;
    this.status = status;
  }

  /**
   * Blocking (call it off the UI thread).
   *
   * @throws RemoteCallException when the server does not answer as an Eventscope server
   */
  public static RemoteSession open(RemoteServer server, UiExecutor ui) {
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    ApiClient api = new ApiClient(server, codec.mapper());
    api.checkServer();
    ConnectionState connection = new ConnectionState(server);
    HopFeed hops = new HopFeed(Set.of());
    RemoteEventStore store = new RemoteEventStore(api, codec);
    RemoteBus bus = new RemoteBus(api, connection);
    RemoteStatus status = new RemoteStatus(api, bus, store, connection);
    status.pollOnce();
    status.start();
    MessageCatalog catalog = new MessageCatalog(codec);
    EventBodies bodies = new EventBodies(codec, catalog, store.lastPosition());
    List<LiveSocket> sockets = List.of(LiveSocket.flow(api, hops, connection),
        new LiveSocket(api, "events", bodies::path, bodies, connection));
    sockets.forEach(LiveSocket::open);
    ExecutorService background = Executors.newFixedThreadPool(2, daemonThreads());
    RemoteOrderPlacer placer = new RemoteOrderPlacer(api, codec);
    Runnable placeTen = () -> background.execute(() -> placer.place(10, System.nanoTime()));
    LOG.info("attached to {}", server);
    AttachedSystem attached = new AttachedSystem(server.address(), codec, ui, background, new UiTick(ui), hops, store, bus, status,
        catalog, placeTen);
    return new RemoteSession(attached, sockets, status);
  }

  public AttachedSystem attached() {
    return attached;
  }

  @Override
  public void close() {
    attached.tick().close();
    sockets.forEach(LiveSocket::close);
    status.close();
    attached.background().shutdownNow();
    try {
      attached.background().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("detached from {}", attached.address());
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "console-action-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package dev.eventscope.console.app;

import dev.eventscope.console.ui.ConsoleContext;
import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.console.ui.MessageCatalog;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.console.ui.UiTick;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.simulation.RunProbe;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running system behind one window: starts it (blocking — the caller is off the UI thread),
 * taps its hops and message bodies, and owns the tick and the background pool, so closing the
 * session stops everything the console started.
 */
public final class ConsoleSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

  private final ConsoleContext context;

  private ConsoleSession(ConsoleContext context) {
    this.context = context;
  }

  public static ConsoleSession start(SystemSettings settings, UiExecutor ui) {
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    MessageCatalog catalog = new MessageCatalog(codec);
    long started = System.nanoTime();
    RunProbe probe = new RunProbe();
    EventSystem system = OrderFulfilmentSystem.start(settings, List.of(catalog, probe));
    LOG.info("system started on {} in {} ms", system.backend().events().describe(), (System.nanoTime() - started) / 1_000_000);
    // The console's own listeners are not part of the system being shown.
    HopFeed hops = new HopFeed(Set.of(MessageCatalog.NODE, "subscriber:" + RunProbe.NAME));
    system.tracer().addListener(hops);
    ExecutorService background = Executors.newFixedThreadPool(2, daemonThreads("console-action"));
    return new ConsoleSession(new ConsoleContext(system, codec, ui, background, new UiTick(ui), hops, catalog, probe));
  }

  public ConsoleContext context() {
    return context;
  }

  static SystemSettings settings(ConsoleOptions options) {
    return SystemSettings.of(options.store(), options.dataDir(), "memory");
  }

  @Override
  public void close() {
    context.tick().close();
    context.background().shutdownNow();
    try {
      context.background().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    context.system().tracer().removeListener(context.hops());
    context.system().close();
    LOG.info("system closed");
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

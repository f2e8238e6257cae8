package dev.eventscope.console.events;

import dev.eventscope.console.ui.ConsoleContext;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.console.ui.UiTick;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.MessageKind;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.runtime.store.EventStore;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the Events screen on a running console: its own worker thread for page reads and filter
 * scans (a long scan must not hold up the shared background pool), fed by the UI tick.
 */
public final class EventsScreen implements AutoCloseable {
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "console-events");
    thread.setDaemon(true);
    return thread;
  });
  private final EventsViewModel viewModel;
  private final EventsView view;

  public EventsScreen(ConsoleContext context) {
    this(context.system().backend().events(), context.codec(), context.ui(), context.tick());
  }

  /** On any store the screen can page: the system's, or a served one's read over the API. */
  public EventsScreen(EventStore store, JsonCodec codec, UiExecutor ui, UiTick tick) {
    viewModel = new EventsViewModel(store, new EventJson(codec), ui, worker);
    List<String> types = codec.registry().ofKind(MessageKind.EVENT).stream().map(Contract::name).sorted().toList();
    view = new EventsView(viewModel, types);
    tick.add(viewModel::onTick);
  }

  public EventsView view() {
    return view;
  }

  public EventsViewModel viewModel() {
    return viewModel;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}

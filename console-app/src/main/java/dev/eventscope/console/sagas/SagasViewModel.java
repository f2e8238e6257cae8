package dev.eventscope.console.sagas;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.contracts.fulfilment.FulfilmentList;
import dev.eventscope.contracts.fulfilment.FulfilmentView;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sagas screen's state: once a second the tick thread asks for the active fulfilments and
 * turns them into rows (soonest deadline first); a row opens as a trace through the correlation id
 * of the order's first stored event.
 */
public final class SagasViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(SagasViewModel.class);
  private static final long REFRESH_MILLIS = 1_000;

  private final Supplier<FulfilmentList> active;
  private final EventStore store;
  private final Executor background;
  private final UiExecutor ui;
  private final ObservableList<SagaRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private long lastRefresh = Long.MIN_VALUE / 2;
  private volatile boolean shown = true;

  public SagasViewModel(Supplier<FulfilmentList> active, EventStore store, Executor background, UiExecutor ui) {
    this.active = active;
    this.store = store;
    this.background = background;
    this.ui = ui;
  }

  /**
   * Polls only while the screen is shown: each poll is a real query through the mediator, and the
   * flow graph would otherwise show the console asking once a second.
   */
  public void shown(boolean visible) {
    shown = visible;
    if (visible) lastRefresh = Long.MIN_VALUE / 2;
  }

  /** Tick thread. */
  public Runnable onTick(long nowMillis) {
    if (!shown || nowMillis - lastRefresh < REFRESH_MILLIS) return null;
    lastRefresh = nowMillis;
    List<FulfilmentView> views;
    try {
      views = active.get().fulfilments();
    } catch (RuntimeException e) {
      LOG.warn("could not list the active fulfilments: {}", e.toString());
      return null;
    }
    Instant now = Instant.ofEpochMilli(nowMillis);
    List<SagaRow> next = views.stream().filter(view -> !view.finished())
        .sorted(Comparator.comparing(FulfilmentView::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(view -> SagaRow.of(view, now)).toList();
    long compensating = next.stream().filter(SagaRow::compensating).count();
    String text = next.size() + (next.size() == 1 ? " saga" : " sagas") + " in flight"
        + (compensating == 0 ? "" : ", " + compensating + " compensating");
    return () -> {
      rows.setAll(next);
      summary.set(text);
    };
  }

  /** UI thread: looks the order's flow up off the UI thread and hands its correlation id to {@code open}. */
  public void openFlow(SagaRow row, Consumer<UUID> open) {
    background.execute(() -> correlationOf(row.orderId()).ifPresent(id -> ui.execute(() -> open.accept(id))));
  }

  Optional<UUID> correlationOf(UUID orderId) {
    List<StoredEvent> stream = store.readStream(orderId.toString(), 0);
    return stream.stream().findFirst().map(StoredEvent::envelope).map(Envelope::correlationId);
  }

  public ObservableList<SagaRow> rows() {
    return rows;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}

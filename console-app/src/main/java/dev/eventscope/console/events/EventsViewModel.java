package dev.eventscope.console.events;

import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.services.transfer.EventExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import dev.eventscope.console.ui.Formats;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.store.EventStore;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Events screen's state. The table's rows are a {@link LazyRowList}: unfiltered, a row comes
 * from the {@link StoredEventPager}'s window (a missing page is loaded on the worker); filtered, from
 * a {@link FilterScan} run on the worker. The tick looks at the store's head twice a second and grows
 * the list once for everything that arrived. Page loads and scan progress reach the UI thread
 * coalesced: one update however many finished meanwhile.
 */
public final class EventsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(EventsViewModel.class);
  static final int PAGE_SIZE = 200;
  static final int WINDOW_PAGES = 12;
  static final int MAX_MATCHES = 10_000;
  static final long REFRESH_MILLIS = 500;

  private final EventStore store;
  private final EventJson json;
  private final UiExecutor ui;
  private final Executor worker;
  private final StoredEventPager pager;
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean updateQueued = new AtomicBoolean();
  private final AtomicBoolean scanning = new AtomicBoolean();
  private final ReadOnlyObjectWrapper<ObservableList<EventRow>> rows = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyLongWrapper pagesLoaded = new ReadOnlyLongWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<EventRow> selected = new ReadOnlyObjectWrapper<>();
  private volatile long wantedPage;
  private volatile EventFilter filter = EventFilter.NONE;
  private volatile FilterScan scan;
  private LazyRowList list;
  private long lastRefresh;

  public EventsViewModel(EventStore store, EventJson json, UiExecutor ui, Executor worker) {
    this.store = store;
    this.json = json;
    this.ui = ui;
    this.worker = worker;
    this.pager = new StoredEventPager(store, PAGE_SIZE, WINDOW_PAGES);
    apply(EventFilter.NONE);
  }

  /** UI thread: shows what {@code filter} selects (everything for {@link EventFilter#NONE}). */
  public void apply(EventFilter filter) {
    this.filter = filter;
    FilterScan previous = scan;
    if (previous != null) previous.cancel();
    if (filter.selectsAll()) {
      scan = null;
      list = new LazyRowList(this::unfilteredRow);
      list.grow(pager.rowCount());
    } else {
      FilterScan next = new FilterScan(store, filter, json::payload, MAX_MATCHES);
      scan = next;
      list = new LazyRowList(index -> EventRow.of(next.match(index)));
      startScan(next);
    }
    rows.set(list);
    select(null);
    updateStatus();
  }

  private EventRow unfilteredRow(int index) {
    EventRow row = pager.row(index);
    long page = pager.pageOf(index);
    if (!row.loaded() && !pager.loaded(page)) request(page);
    return row;
  }

  private void request(long page) {
    wantedPage = page;
    if (!pending.add(page)) return;
    worker.execute(() -> {
      try {
        // The user dragged past this page while it waited: only pages near the last asked-for one matter.
        if (Math.abs(page - wantedPage) > 2) return;
        pager.load(page);
        pagesChanged();
      } catch (RuntimeException e) {
        LOG.warn("could not read events page {}", page, e);
      } finally {
        pending.remove(page);
      }
    });
  }

  private void startScan(FilterScan target) {
    if (!scanning.compareAndSet(false, true)) return;
    worker.execute(() -> {
      try {
        if (target == scan) target.scanToHead(this::pagesChanged);
      } catch (RuntimeException e) {
        LOG.warn("could not scan the store for {}", target.filter(), e);
      } finally {
        scanning.set(false);
        pagesChanged();
      }
    });
  }

  /** Any thread: one UI update for however many loads or scan chunks finished before it ran. */
  private void pagesChanged() {
    if (!updateQueued.compareAndSet(false, true)) return;
    ui.execute(() -> {
      updateQueued.set(false);
      FilterScan current = scan;
      if (current != null) list.grow(current.matchCount());
      pagesLoaded.set(pagesLoaded.get() + 1);
      updateStatus();
    });
  }

  /** Tick thread: follows the store's head; answers the UI work, or null when nothing changed. */
  public Runnable onTick(long nowMillis) {
    if (nowMillis - lastRefresh < REFRESH_MILLIS) return null;
    lastRefresh = nowMillis;
    FilterScan current = scan;
    if (current != null) {
      if (!current.full() && !scanning.get() && store.lastPosition() > current.scannedUpTo()) startScan(current);
      return null;
    }
    long before = pager.rowCount();
    long now = pager.refreshRowCount();
    if (now == before) return null;
    if (before > 0 && pager.loaded(pager.pageOf(before - 1))) {
      // The tail page was read short: read it again in place, so its rows never blink to "loading".
      long tail = pager.pageOf(before - 1);
      worker.execute(() -> {
        pager.load(tail);
        pagesChanged();
      });
    }
    return () -> {
      if (scan == null) list.grow(now);
      updateStatus();
    };
  }

  private void updateStatus() {
    FilterScan current = scan;
    if (current == null) {
      status.set(Formats.count(pager.rowCount()) + " events in the store · holding " + pager.loadedPages() + " of at most "
          + pager.maxPages() + " pages of " + pager.pageSize());
      return;
    }
    String matches = Formats.count(current.matchCount()) + (current.matchCount() == 1 ? " match" : " matches");
    if (current.full()) {
      status.set("The first " + matches + " are shown: narrow the filter to see the rest.");
    } else if (scanning.get()) {
      status.set("Scanning… " + Formats.count(current.scannedUpTo()) + " of " + Formats.count(store.lastPosition()) + " events · " + matches);
    } else {
      status.set(matches + " in " + Formats.count(current.scannedUpTo()) + " events");
    }
  }

  /** UI thread. */
  public void select(EventRow row) {
    selected.set(row);
    detail.set(row == null || !row.loaded() ? "" : json.envelope(row.event()));
  }

  /**
   * UI thread: writes every stored event the current filter selects (not only the rows loaded) to
   * {@code file} as JSON Lines, the format {@code eventscope import} reads; says how it went in
   * the status line.
   */
  public CompletableFuture<EventExport.Result> export(Path file) {
    EventFilter current = filter;
    EventWire wire = new EventWire(json.codec());
    return CompletableFuture.supplyAsync(() -> {
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        return EventExport.write(store, event -> current.matches(event, json::payload), wire, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, worker).whenComplete((result, error) -> ui.execute(() -> status.set(error == null
        ? "exported " + result.exported() + " events to " + file.getFileName()
        : "export failed: " + error.getMessage())));
  }

  public ReadOnlyObjectProperty<ObservableList<EventRow>> rowsProperty() {
    return rows.getReadOnlyProperty();
  }

  /** Counts page loads and scan progress; the view redraws its visible rows when it changes. */
  public ReadOnlyLongProperty pagesLoadedProperty() {
    return pagesLoaded.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<EventRow> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public EventJson json() {
    return json;
  }

  StoredEventPager pager() {
    return pager;
  }
}

package dev.eventscope.console.trace;

import dev.eventscope.console.ui.Formats;
import dev.eventscope.runtime.trace.Hop;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trace screen's state. The user asks for a flow on the UI thread ({@link #show}); the tick
 * thread keeps the hop log, rebuilds the asked-for tree whenever new hops of that flow arrived (a
 * flow still running grows on screen) and refreshes the recent-flows list twice a second.
 */
public final class TraceViewModel {
  static final int RECENT_FLOWS = 200;
  private static final long RECENT_REFRESH_MILLIS = 500;

  private final HopLog log = new HopLog();
  private final StringProperty query = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Pick a recent flow, or paste a correlation id.");
  private final ReadOnlyObjectWrapper<TraceTree> tree = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<TraceNode> selectedMessage = new SimpleObjectProperty<>();
  private final ObservableList<FlowSummary> recentFlows = FXCollections.observableArrayList();
  private final ObservableList<Hop> selectedHops = FXCollections.observableArrayList();

  private volatile String wanted;
  private String shownQuery;
  private UUID shownId;
  private int shownHops = -1;
  private long recentChanges = -1;
  private long lastRecentRefresh;

  public TraceViewModel() {
    selectedMessage.addListener((obs, old, next) -> selectedHops.setAll(next == null ? List.of() : next.hops()));
  }

  /** UI thread: show the flow typed in the query field (a full id or the part of it the screen shows). */
  public void show() {
    show(query.get());
  }

  public void show(String correlation) {
    query.set(correlation == null ? "" : correlation.trim());
    wanted = query.get();
  }

  public void show(UUID correlationId) {
    show(correlationId.toString());
  }

  /** Tick thread. */
  public void acceptHops(List<Hop> hops) {
    log.accept(hops);
  }

  /** Tick thread: answers the UI work, or null when nothing the screen shows changed. */
  public Runnable onTick(long nowMillis) {
    Runnable treeUpdate = treeUpdate();
    Runnable recentUpdate = recentUpdate(nowMillis);
    if (treeUpdate == null && recentUpdate == null) return null;
    return () -> {
      if (treeUpdate != null) treeUpdate.run();
      if (recentUpdate != null) recentUpdate.run();
    };
  }

  private Runnable treeUpdate() {
    String asked = wanted;
    if (asked == null) return null;
    boolean newQuery = !asked.equals(shownQuery);
    UUID id = newQuery || shownId == null ? resolve(asked).orElse(null) : shownId;
    if (id == null) {
      if (!newQuery) return null;
      shownQuery = asked;
      shownId = null;
      shownHops = -1;
      String why = asked.isBlank() ? "Pick a recent flow, or paste a correlation id." : "No hops seen for '" + asked + "' (yet).";
      return () -> {
        tree.set(null);
        message.set(why);
      };
    }
    int hops = log.hopCount(id);
    if (!newQuery && id.equals(shownId) && hops == shownHops) return null;
    shownQuery = asked;
    shownId = id;
    shownHops = hops;
    TraceTree built = TraceTreeModel.build(id, log.hops(id));
    String summary = built.messages() + " messages, " + built.hops() + " hops over " + Formats.micros(built.spanMicros());
    return () -> {
      tree.set(built);
      message.set(summary);
    };
  }

  private Optional<UUID> resolve(String text) {
    try {
      return Optional.of(UUID.fromString(text.trim()));
    } catch (IllegalArgumentException notAFullId) {
      return log.findByFragment(text);
    }
  }

  private Runnable recentUpdate(long nowMillis) {
    if (log.changes() == recentChanges || nowMillis - lastRecentRefresh < RECENT_REFRESH_MILLIS) return null;
    recentChanges = log.changes();
    lastRecentRefresh = nowMillis;
    List<FlowSummary> recent = log.recent(RECENT_FLOWS);
    return () -> recentFlows.setAll(recent);
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TraceTree> treeProperty() {
    return tree.getReadOnlyProperty();
  }

  public ObjectProperty<TraceNode> selectedMessageProperty() {
    return selectedMessage;
  }

  public ObservableList<FlowSummary> recentFlows() {
    return recentFlows;
  }

  public ObservableList<Hop> selectedHops() {
    return selectedHops;
  }
}

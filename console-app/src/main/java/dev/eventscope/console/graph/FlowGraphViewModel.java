package dev.eventscope.console.graph;

import dev.eventscope.runtime.trace.Hop;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The flow screen's state. Hops and ticks arrive on the tick thread ({@link #acceptHops},
 * {@link #onTick}); the properties change on the UI thread only, through the work {@code onTick}
 * answers. The selection goes the other way: set on the UI thread, read by the next tick.
 */
public final class FlowGraphViewModel {
  private final FlowGraphModel model = new FlowGraphModel();
  private final ReadOnlyIntegerWrapper nodeCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyIntegerWrapper edgeCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<SelectionDetails> details = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<FlowSelection> selection = new SimpleObjectProperty<>();
  private volatile FlowSelection selectionForTick;
  private volatile Consumer<GraphFrame> frameSink = frame -> {};
  private SelectionDetails lastDetails;
  private int lastNodes = -1;
  private int lastEdges = -1;

  public FlowGraphViewModel() {
    selection.addListener((obs, old, next) -> selectionForTick = next);
  }

  /** Where frames go on the tick thread: the GraphStream renderer in the app, nothing in tests. */
  public void renderTo(Consumer<GraphFrame> sink) {
    this.frameSink = Objects.requireNonNull(sink);
  }

  /** Tick thread. */
  public void acceptHops(List<Hop> hops) {
    model.accept(hops);
  }

  /** Tick thread: renders the frame and answers the UI update, or null when nothing on screen changed. */
  public Runnable onTick(long nowMillis) {
    GraphFrame frame = model.tick(nowMillis);
    frameSink.accept(frame);
    FlowSelection selected = selectionForTick;
    SelectionDetails current = selected == null ? null : model.details(selected).orElse(null);
    int nodes = model.nodeCount();
    int edges = model.edgeCount();
    boolean detailsChanged = !Objects.equals(current, lastDetails);
    if (!detailsChanged && nodes == lastNodes && edges == lastEdges) return null;
    lastDetails = current;
    lastNodes = nodes;
    lastEdges = edges;
    return () -> {
      nodeCount.set(nodes);
      edgeCount.set(edges);
      if (detailsChanged) details.set(current);
    };
  }

  /** Any thread: counts-only edge labels, placed for presentation mode's larger type. */
  public void usePresentationLabels(boolean on) {
    model.usePresentationLabels(on);
  }

  public ObjectProperty<FlowSelection> selectionProperty() {
    return selection;
  }

  public ReadOnlyIntegerProperty nodeCountProperty() {
    return nodeCount.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty edgeCountProperty() {
    return edgeCount.getReadOnlyProperty();
  }

  /** The selected node's or edge's figures and recent messages; empty when nothing is selected. */
  public ReadOnlyObjectProperty<SelectionDetails> detailsProperty() {
    return details.getReadOnlyProperty();
  }

  public Optional<SelectionDetails> details() {
    return Optional.ofNullable(details.get());
  }
}

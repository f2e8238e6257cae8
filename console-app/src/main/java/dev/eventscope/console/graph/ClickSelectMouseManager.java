package dev.eventscope.console.graph;

import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

/**
 * Replaces GraphStream's default mouse manager (which drags nodes about and would fight the fixed
 * layout) with one thing: a click selects the node, edge label or edge under the pointer, or clears
 * the selection on empty space. What was hit is decided by {@link FlowHitTest} on the frame last
 * drawn. Runs on the UI thread.
 */
final class ClickSelectMouseManager implements MouseManager {
  private final Supplier<GraphFrame> shown;
  private final Consumer<FlowSelection> onSelect;
  private final EventHandler<MouseEvent> clicked = this::clicked;
  private View view;

  ClickSelectMouseManager(Supplier<GraphFrame> shown, Consumer<FlowSelection> onSelect) {
    this.shown = shown;
    this.onSelect = onSelect;
  }

  private void clicked(MouseEvent event) {
    if (!event.isStillSincePress()) return;
    Point3 point = view.getCamera().transformPxToGu(event.getX(), event.getY());
    double pxPerUnit = view.getCamera().getMetrics().ratioPx2Gu;
    if (pxPerUnit <= 0) return;
    // The renderer flips y (layout y grows downwards, GraphStream's upwards): flip it back.
    onSelect.accept(FlowHitTest.at(shown.get(), point.x, -point.y, pxPerUnit).orElse(null));
  }

  @Override
  public void init(GraphicGraph graph, View view) {
    this.view = view;
    view.addListener(MouseEvent.MOUSE_CLICKED, clicked);
  }

  @Override
  public void release() {
    if (view != null) view.removeListener(MouseEvent.MOUSE_CLICKED, clicked);
  }

  @Override
  public EnumSet<InteractiveElement> getManagedTypes() {
    return EnumSet.noneOf(InteractiveElement.class);
  }
}

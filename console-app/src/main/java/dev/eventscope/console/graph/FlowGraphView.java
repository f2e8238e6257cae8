package dev.eventscope.console.graph;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.theme.Theme;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live flow graph embedded in the window: a GraphStream viewer in GRAPH_IN_ANOTHER_THREAD mode
 * (the tick thread produces, the viewer copies to the UI thread every 40 ms), a legend of the
 * colour groups, and an overlay shown while the graph is still empty. Create on the UI thread.
 */
public final class FlowGraphView extends StackPane {
  private static final Logger LOG = LoggerFactory.getLogger(FlowGraphView.class);

  static {
    // GraphStream picks its UI toolkit from this property; it must be set before the first viewer.
    System.setProperty("org.graphstream.ui", "javafx");
  }

  /** How much larger the graph's text and shapes are in presentation mode. */
  static final double PRESENTATION_SCALE = 1.4;

  private final FxViewer viewer;
  private final GraphStreamRenderer renderer;
  private final FxViewPanel panel;
  private volatile Theme theme;
  private volatile boolean presentation;

  public FlowGraphView(FlowGraphViewModel viewModel, Node emptyOverlay) {
    getStyleClass().add(Styles.GRAPH_AREA);
    setId("flow-graph");
    Graph graph = new MultiGraph("flow", false, false);
    renderer = new GraphStreamRenderer(graph);
    viewer = new FxViewer(graph, FxViewer.ThreadingModel.GRAPH_IN_ANOTHER_THREAD);
    viewer.disableAutoLayout();
    panel = (FxViewPanel) viewer.addDefaultView(false, new FxGraphRenderer());
    panel.setMouseManager(new ClickSelectMouseManager(renderer::shown, viewModel.selectionProperty()::set));
    panel.setMinSize(0, 0);
    viewModel.renderTo(renderer::apply);
    viewModel.selectionProperty().addListener((obs, old, next) -> renderer.select(next));

    Node legend = legend();
    StackPane.setAlignment(legend, Pos.TOP_LEFT);
    StackPane.setMargin(legend, new Insets(10));
    emptyOverlay.visibleProperty().bind(viewModel.nodeCountProperty().isEqualTo(0));
    emptyOverlay.managedProperty().bind(emptyOverlay.visibleProperty());
    getChildren().addAll(panel, legend, emptyOverlay);
  }

  /** Any thread: the graph picks the theme's stylesheet up at the next tick. */
  public void useTheme(Theme next) {
    theme = next;
    restyle();
  }

  /** Any thread: larger labels, nodes and arrows for a projector, or back to the theme's sizes. */
  public void usePresentationSizes(boolean on) {
    presentation = on;
    restyle();
  }

  private void restyle() {
    Theme current = theme;
    if (current == null) return;
    String css = current.graphStylesheet();
    renderer.useStylesheet(presentation ? GraphStyleScale.scale(css, PRESENTATION_SCALE) : css);
  }

  /** The GraphStream stylesheet the graph was last given (null before the first tick). */
  public String appliedStylesheet() {
    return renderer.appliedStylesheet();
  }

  private static Node legend() {
    HBox legend = new HBox(12);
    legend.getStyleClass().add(Styles.LEGEND);
    legend.setPickOnBounds(false);
    legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    String lastGroup = null;
    for (NodeRole role : NodeRole.values()) {
      if (role.group().equals(lastGroup)) continue;
      lastGroup = role.group();
      Region swatch = new Region();
      swatch.getStyleClass().addAll(Styles.LEGEND_SWATCH, "legend-" + role.styleClass());
      Label label = new Label(role.group(), swatch);
      legend.getChildren().add(label);
    }
    legend.setAlignment(Pos.CENTER_LEFT);
    return legend;
  }

  public void close() {
    try {
      viewer.close();
    } catch (RuntimeException e) {
      // Known GraphStream behaviour: close() can throw after an earlier render error. Closing anyway.
      LOG.debug("graph viewer did not close cleanly", e);
    }
  }
}

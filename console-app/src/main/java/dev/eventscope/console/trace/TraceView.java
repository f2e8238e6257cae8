package dev.eventscope.console.trace;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.ui.Formats;
import dev.eventscope.runtime.trace.Hop;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Recent flows on the left; on the right the chosen flow's causation tree (one row per message)
 * and, below it, the hops of the selected message with their timings and outcomes.
 */
public final class TraceView extends BorderPane {
  private final TraceViewModel viewModel;
  private final TreeTableView<TraceNode> tree = new TreeTableView<>();
  private long treeStart;

  public TraceView(TraceViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add(Styles.PAGE);
    setId("trace-view");
    SplitPane split = new SplitPane(recentFlows(), flowPane());
    split.setId("trace-split");
    split.setDividerPositions(0.24);
    setCenter(split);
    viewModel.treeProperty().addListener((obs, old, next) -> showTree(next));
  }

  private VBox recentFlows() {
    Label title = new Label("Recent flows");
    title.getStyleClass().add(Styles.SUBTITLE);
    ListView<FlowSummary> list = new ListView<>(viewModel.recentFlows());
    list.setPlaceholder(new Label("No flows yet: place some orders."));
    list.setCellFactory(view -> new FlowCell());
    list.getSelectionModel().selectedItemProperty().addListener((obs, old, next) -> {
      if (next != null) viewModel.show(next.correlationId());
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox box = new VBox(6, title, list);
    box.setPadding(new Insets(0, 6, 0, 0));
    return box;
  }

  private VBox flowPane() {
    TextField query = new TextField();
    query.setPromptText("correlation id, or the 8 characters the list shows");
    query.textProperty().bindBidirectional(viewModel.queryProperty());
    query.setOnAction(event -> viewModel.show());
    HBox.setHgrow(query, Priority.ALWAYS);
    Button show = new Button("Show trace");
    show.setOnAction(event -> viewModel.show());
    HBox queryRow = new HBox(6, query, show);
    Label message = new Label();
    message.getStyleClass().add(Styles.MUTED);
    message.textProperty().bind(viewModel.messageProperty());

    configureTree();
    SplitPane details = new SplitPane(tree, hopTable());
    details.setId("trace-details-split");
    details.setOrientation(Orientation.VERTICAL);
    details.setDividerPositions(0.62);
    VBox.setVgrow(details, Priority.ALWAYS);
    VBox box = new VBox(6, queryRow, message, details);
    box.setPadding(new Insets(0, 0, 0, 6));
    return box;
  }

  private void configureTree() {
    tree.setShowRoot(false);
    tree.setPlaceholder(new Label("No flow chosen."));
    tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TreeTableColumn<TraceNode, String> message = treeColumn("Message", 290,
        node -> node.messageType() + (node.causeMissing() ? "  (cause not seen)" : ""));
    tree.getColumns().add(message);
    tree.getColumns().add(treeColumn("From", 120, TraceNode::origin));
    tree.getColumns().add(treeColumn("Reached", 170, TraceNode::destination));
    tree.getColumns().add(treeColumn("Start", 85, node -> "+" + Formats.micros(node.startedAtMicros() - treeStart)));
    tree.getColumns().add(treeColumn("Took", 75, node -> Formats.micros(node.spanMicros())));
    tree.getColumns().add(treeColumn("Outcome", 120, node -> OutcomeStyles.text(node.outcome())
        + (node.detail() == null ? "" : ": " + node.detail())));
    tree.setRowFactory(view -> new TreeTableRow<>() {
      @Override
      protected void updateItem(TraceNode item, boolean empty) {
        super.updateItem(item, empty);
        OutcomeStyles.apply(this, empty || item == null ? null : item.outcome());
      }
    });
    tree.getSelectionModel().selectedItemProperty().addListener((obs, old, next) ->
        viewModel.selectedMessageProperty().set(next == null ? null : next.getValue()));
  }

  private static TreeTableColumn<TraceNode, String> treeColumn(String title, double width, Function<TraceNode, String> text) {
    TreeTableColumn<TraceNode, String> column = new TreeTableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
        cell.getValue() == null || cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
    return column;
  }

  private TableView<Hop> hopTable() {
    TableView<Hop> hops = new TableView<>(viewModel.selectedHops());
    hops.setPlaceholder(new Label("Select a message above to see its hops."));
    hops.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    hops.getColumns().add(hopColumn("From", 150, Hop::from));
    hops.getColumns().add(hopColumn("To", 200, Hop::to));
    hops.getColumns().add(hopColumn("Start", 85, hop -> "+" + Formats.micros(hop.startedAtMicros() - treeStart)));
    hops.getColumns().add(hopColumn("Took", 75, hop -> Formats.micros(hop.durationMicros())));
    hops.getColumns().add(hopColumn("Outcome", 85, hop -> OutcomeStyles.text(hop.outcome())));
    hops.getColumns().add(hopColumn("Detail", 200, hop -> hop.detail() == null ? "" : hop.detail()));
    hops.setRowFactory(view -> new TableRow<>() {
      @Override
      protected void updateItem(Hop item, boolean empty) {
        super.updateItem(item, empty);
        OutcomeStyles.apply(this, empty || item == null ? null : item.outcome());
      }
    });
    return hops;
  }

  private static TableColumn<Hop, String> hopColumn(String title, double width, Function<Hop, String> text) {
    TableColumn<Hop, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
    return column;
  }

  /** Rebuilds the rows, keeping the selected message selected while a live flow grows. */
  private void showTree(TraceTree next) {
    UUID selected = viewModel.selectedMessageProperty().get() == null ? null : viewModel.selectedMessageProperty().get().messageId();
    TreeItem<TraceNode> root = new TreeItem<>();
    treeStart = next == null ? 0 : next.startedAtMicros();
    if (next != null) next.roots().forEach(node -> root.getChildren().add(item(node)));
    tree.setRoot(root);
    if (selected != null) reselect(root, selected);
  }

  private static TreeItem<TraceNode> item(TraceNode node) {
    TreeItem<TraceNode> item = new TreeItem<>(node);
    item.setExpanded(true);
    node.children().forEach(child -> item.getChildren().add(item(child)));
    return item;
  }

  private void reselect(TreeItem<TraceNode> item, UUID messageId) {
    if (item.getValue() != null && item.getValue().messageId().equals(messageId)) {
      tree.getSelectionModel().select(item);
      return;
    }
    item.getChildren().forEach(child -> reselect(child, messageId));
  }

  /** A recent flow: what started it, its short id, its size, and a mark if anything failed. */
  private static final class FlowCell extends ListCell<FlowSummary> {
    @Override
    protected void updateItem(FlowSummary flow, boolean empty) {
      super.updateItem(flow, empty);
      getStyleClass().remove(Styles.OUTCOME_ERROR);
      if (empty || flow == null) {
        setText(null);
        return;
      }
      setText(flow.rootType() + "  " + Formats.shortId(flow.correlationId()) + "\n"
          + Formats.clock(flow.startedAtMicros()) + " · " + flow.hops() + " hops"
          + (flow.errors() > 0 ? " · " + flow.errors() + " failed" : ""));
      if (flow.errors() > 0) getStyleClass().add(Styles.OUTCOME_ERROR);
    }
  }
}

package dev.eventscope.console.sagas;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.ui.PageHeader;
import dev.eventscope.console.ui.Formats;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The fulfilment sagas in flight; compensating ones in the warning colour, overdue ones in red. */
public final class SagasView extends VBox {
  public SagasView(SagasViewModel viewModel, Consumer<UUID> openTrace) {
    super(10);
    getStyleClass().add(Styles.PAGE);
    setId("sagas-view");
    PageHeader header = new PageHeader("Sagas in flight", viewModel.summaryProperty(),
        "Order fulfilment instances that have not finished, soonest deadline first. Double-click one for its flow.");

    TableView<SagaRow> table = new TableView<>(viewModel.rows());
    table.setId("sagas-table");
    table.setPlaceholder(new Label("No saga in flight: every order has finished. Place some orders on the Flow screen."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<SagaRow, String> order = column("Order", 100, row -> row.orderId().toString());
    order.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
      @Override
      protected void updateItem(String id, boolean empty) {
        super.updateItem(id, empty);
        setText(empty || id == null ? null : Formats.shortId(UUID.fromString(id)));
        setTooltip(empty || id == null ? null : new Tooltip(id));
      }
    });
    table.getColumns().add(order);
    table.getColumns().add(column("Step", 200, SagaRow::step));
    table.getColumns().add(column("Time left", 130, SagaRow::timeLeft));
    table.getColumns().add(column("Compensating", 110, row -> row.compensating() ? "yes" : ""));
    table.getColumns().add(column("Note", 300, SagaRow::note));
    table.setRowFactory(view -> {
      TableRow<SagaRow> row = new TableRow<>() {
        @Override
        protected void updateItem(SagaRow item, boolean empty) {
          super.updateItem(item, empty);
          getStyleClass().removeAll(Styles.OUTCOME_ERROR, Styles.OUTCOME_WARN);
          if (empty || item == null) return;
          if (item.overdue()) getStyleClass().add(Styles.OUTCOME_ERROR);
          else if (item.compensating()) getStyleClass().add(Styles.OUTCOME_WARN);
        }
      };
      row.setOnMouseClicked(event -> {
        if (event.getClickCount() == 2 && !row.isEmpty()) viewModel.openFlow(row.getItem(), openTrace);
      });
      return row;
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(header, table);
  }

  private static TableColumn<SagaRow, String> column(String title, double width, Function<SagaRow, String> text) {
    TableColumn<SagaRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    return column;
  }
}

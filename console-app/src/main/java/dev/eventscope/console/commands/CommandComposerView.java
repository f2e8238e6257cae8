package dev.eventscope.console.commands;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.contracts.registry.Contract;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The commands screen: a quick "place N random orders" and a composer for any registered command. */
public final class CommandComposerView extends VBox {
  private final CommandComposerViewModel viewModel;
  private final GridPane formGrid = new GridPane();
  private final Map<String, FieldHint> hints = new HashMap<>();

  /** The label beside a field: its type hint, or what is wrong with it after a failed send. */
  private record FieldHint(FormField field, Label label) {}

  public CommandComposerView(CommandComposerViewModel viewModel) {
    super(14);
    this.viewModel = viewModel;
    getStyleClass().add(Styles.PAGE);
    setId("commands-view");
    Label title = new Label("Commands");
    title.getStyleClass().add(Styles.TITLE);
    Label subtitle = new Label("Send any command the system knows, or place a batch of random orders. "
        + "Each send starts a flow you can follow on the Trace screen.");
    subtitle.getStyleClass().add(Styles.MUTED);
    subtitle.setWrapText(true);
    VBox composer = composer();
    VBox.setVgrow(composer, Priority.ALWAYS);
    getChildren().addAll(title, subtitle, quickOrders(), composer);
    viewModel.formProperty().addListener((obs, old, next) -> buildForm(next));
    buildForm(viewModel.formProperty().get());
    viewModel.fieldErrors().addListener((MapChangeListener<String, String>) change -> showFieldErrors());
  }

  private Node quickOrders() {
    Spinner<Integer> count = new Spinner<>(1, 10_000, 10, 10);
    count.setEditable(true);
    count.setPrefWidth(100);
    Button place = new Button("Place random orders");
    place.setId("place-random-orders");
    place.getStyleClass().add(Styles.PRIMARY);
    place.disableProperty().bind(viewModel.busyProperty());
    place.setOnAction(event -> viewModel.placeRandomOrders(count.getValue()));
    Label hint = new Label("Restocks first; about 1 in 10 payments is declined and 1 in 20 orders runs short, so compensation shows too.");
    hint.getStyleClass().add(Styles.MUTED);
    hint.setWrapText(true);
    HBox row = new HBox(10, count, place);
    row.setAlignment(Pos.CENTER_LEFT);
    VBox card = new VBox(8, row, hint);
    card.getStyleClass().add(Styles.CARD);
    return card;
  }

  private VBox composer() {
    ComboBox<Contract> type = new ComboBox<>(viewModel.commands());
    type.setId("command-type");
    type.valueProperty().bindBidirectional(viewModel.selectedProperty());
    type.setCellFactory(list -> new ContractCell());
    type.setButtonCell(new ContractCell());
    type.setVisibleRowCount(16);
    ToggleGroup modes = new ToggleGroup();
    ToggleButton formMode = new ToggleButton("Form");
    ToggleButton jsonMode = new ToggleButton("JSON");
    formMode.setToggleGroup(modes);
    jsonMode.setToggleGroup(modes);
    formMode.setSelected(true);
    modes.selectedToggleProperty().addListener((obs, old, next) -> {
      if (next == null) old.setSelected(true);
      else viewModel.jsonModeProperty().set(next == jsonMode);
    });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, new Label("Command"), type, spacer, formMode, jsonMode);
    header.setAlignment(Pos.CENTER_LEFT);

    formGrid.getStyleClass().add(Styles.FORM);
    formGrid.setHgap(10);
    formGrid.setVgap(8);
    formGrid.getColumnConstraints().addAll(new ColumnConstraints(140), grow(), new ColumnConstraints(170));
    ScrollPane formScroll = new ScrollPane(formGrid);
    formScroll.setFitToWidth(true);
    TextArea json = new TextArea();
    json.getStyleClass().add(Styles.MONO);
    json.textProperty().bindBidirectional(viewModel.jsonTextProperty());
    formScroll.visibleProperty().bind(viewModel.jsonModeProperty().not());
    formScroll.managedProperty().bind(formScroll.visibleProperty());
    json.visibleProperty().bind(viewModel.jsonModeProperty());
    json.managedProperty().bind(json.visibleProperty());
    VBox.setVgrow(formScroll, Priority.ALWAYS);
    VBox.setVgrow(json, Priority.ALWAYS);

    Button send = new Button("Send");
    send.setId("send-command");
    send.setDefaultButton(true);
    send.getStyleClass().add(Styles.PRIMARY);
    send.disableProperty().bind(viewModel.busyProperty());
    send.setOnAction(event -> viewModel.send());
    VBox card = new VBox(10, header, formScroll, json, send, new SendOutcomeView(viewModel.outcomeProperty()));
    card.getStyleClass().add(Styles.CARD);
    return card;
  }

  private static ColumnConstraints grow() {
    ColumnConstraints column = new ColumnConstraints();
    column.setHgrow(Priority.ALWAYS);
    return column;
  }

  private void showFieldErrors() {
    hints.values().forEach(hint -> {
      String error = viewModel.fieldErrors().get(hint.field().name());
      hint.label().setText(error == null ? hint.field().hint() : hint.field().name() + " " + error);
      hint.label().getStyleClass().removeAll(Styles.ERROR_TEXT, Styles.MUTED);
      hint.label().getStyleClass().add(error == null ? Styles.MUTED : Styles.ERROR_TEXT);
    });
  }

  private void buildForm(CommandForm form) {
    formGrid.getChildren().clear();
    hints.clear();
    if (form == null) return;
    int row = 0;
    for (FormField field : form.fields()) {
      Label name = new Label(field.name() + (field.required() ? " *" : ""));
      Label hint = new Label(field.hint());
      hint.getStyleClass().add(Styles.MUTED);
      hint.setWrapText(true);
      hints.put(field.name(), new FieldHint(field, hint));
      formGrid.addRow(row++, name, input(field, viewModel.value(field.name())), hint);
    }
  }

  private static Node input(FormField field, StringProperty value) {
    switch (field.kind()) {
      case BOOLEAN -> {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(value.get()));
        box.selectedProperty().addListener((obs, was, now) -> value.set(String.valueOf(now)));
        return box;
      }
      case CHOICE -> {
        ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(field.choices()));
        choice.valueProperty().bindBidirectional(value);
        return choice;
      }
      case JSON -> {
        TextArea area = new TextArea();
        area.getStyleClass().add(Styles.MONO);
        area.setPrefRowCount(6);
        area.textProperty().bindBidirectional(value);
        return area;
      }
      case UUID -> {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(value);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button fresh = new Button("New");
        fresh.setOnAction(event -> value.set(UUID.randomUUID().toString()));
        return new HBox(6, text, fresh);
      }
      default -> {
        TextField text = new TextField();
        text.setId("field-" + field.name());
        text.textProperty().bindBidirectional(value);
        return text;
      }
    }
  }

  /** {@code orders · PlaceOrder}: the context first, because that is how people look for a command. */
  private static final class ContractCell extends ListCell<Contract> {
    @Override
    protected void updateItem(Contract contract, boolean empty) {
      super.updateItem(contract, empty);
      setText(empty || contract == null ? null : contract.context() + " · " + contract.name());
    }
  }
}

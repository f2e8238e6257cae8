package dev.eventscope.console.settings;

import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.theme.Theme;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Connections with a Test button each, the store, the theme, and Save. */
public final class SettingsView extends ScrollPane {
  private final SettingsViewModel viewModel;

  public SettingsView(SettingsViewModel viewModel, ObjectProperty<Theme> theme) {
    this.viewModel = viewModel;
    setId("settings-view");
    setFitToWidth(true);
    Label title = new Label("Settings");
    title.getStyleClass().add(Styles.TITLE);
    Label hint = new Label("Where the store and the brokers are. The command line reads the same file; a flag or an "
        + "EVENTSCOPE_* variable still wins over it. An empty field means the default shown in it.");
    hint.getStyleClass().add(Styles.MUTED);
    hint.setWrapText(true);

    VBox connections = card("Connections", connectionGrid());
    VBox general = card("Store and look", generalGrid(theme));

    Button save = new Button("Save");
    save.setId("settings-save");
    save.getStyleClass().add(Styles.PRIMARY);
    save.setDefaultButton(true);
    save.setOnAction(event -> save());
    Button reload = new Button("Revert");
    reload.setId("settings-revert");
    reload.setOnAction(event -> viewModel.load());
    Label status = new Label();
    status.setId("settings-status");
    status.getStyleClass().add(Styles.MUTED);
    status.setWrapText(true);
    status.textProperty().bind(viewModel.statusProperty());
    HBox actions = new HBox(10, save, reload, status);
    actions.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(status, Priority.ALWAYS);

    VBox page = new VBox(14, title, hint, connections, general, actions);
    page.getStyleClass().add(Styles.PAGE);
    page.setMaxWidth(980);
    setContent(page);
  }

  private static VBox card(String heading, GridPane grid) {
    Label label = new Label(heading);
    label.getStyleClass().add(Styles.SUBTITLE);
    VBox card = new VBox(10, label, grid);
    card.getStyleClass().add(Styles.CARD);
    return card;
  }

  private GridPane connectionGrid() {
    GridPane grid = grid();
    grid.getColumnConstraints().setAll(fixed(90), grow(), fixed(150), fixed(70));
    int line = 0;
    for (ConnectionRow row : viewModel.rows()) {
      String id = "settings-" + row.connection().id();
      Label name = new Label(row.connection().label());
      name.getStyleClass().add(Styles.SUBTITLE);
      TextField address = new TextField();
      address.setId(id + "-address");
      address.setPromptText(row.connection().defaultAddress());
      address.textProperty().bindBidirectional(row.addressProperty());
      Button test = new Button("Test");
      test.setId(id + "-test");
      test.setMaxWidth(Double.MAX_VALUE);
      test.disableProperty().bind(row.stateProperty().isEqualTo(CheckState.TESTING));
      test.setOnAction(event -> row.test());
      grid.add(name, 0, line);
      grid.add(address, 1, line);
      if (row.connection().hasPassword()) {
        PasswordField password = new PasswordField();
        password.setId(id + "-password");
        password.setPromptText("password");
        password.textProperty().bindBidirectional(row.passwordProperty());
        grid.add(password, 2, line);
      } else {
        Label none = new Label("no password");
        none.getStyleClass().add(Styles.MUTED);
        grid.add(none, 2, line);
      }
      grid.add(test, 3, line);
      grid.add(outcome(row, id), 1, line + 1, 3, 1);
      line += 2;
    }
    return grid;
  }

  private static Label outcome(ConnectionRow row, String id) {
    Label outcome = new Label();
    outcome.setId(id + "-outcome");
    outcome.setWrapText(true);
    outcome.textProperty().bind(row.messageProperty());
    row.stateProperty().addListener((obs, old, next) -> style(outcome, next));
    style(outcome, row.stateProperty().get());
    return outcome;
  }

  private static void style(Label outcome, CheckState state) {
    outcome.getStyleClass().removeAll(Styles.OK_TEXT, Styles.ERROR_TEXT, Styles.MUTED);
    outcome.getStyleClass().add(switch (state) {
      case OK -> Styles.OK_TEXT;
      case FAILED -> Styles.ERROR_TEXT;
      default -> Styles.MUTED;
    });
  }

  private GridPane generalGrid(ObjectProperty<Theme> theme) {
    GridPane grid = grid();
    grid.getColumnConstraints().setAll(fixed(90), grow());
    ComboBox<StoreChoice> store = new ComboBox<>();
    store.setId("settings-store");
    store.getItems().setAll(StoreChoice.values());
    store.valueProperty().bindBidirectional(viewModel.storeProperty());
    ComboBox<Theme> themes = new ComboBox<>();
    themes.setId("settings-theme");
    themes.getItems().setAll(Theme.values());
    themes.valueProperty().bindBidirectional(theme);
    Label themeNote = new Label("Applies at once and is remembered in console.yaml, with the window's size.");
    themeNote.getStyleClass().add(Styles.MUTED);
    grid.addRow(0, new Label("Store"), store);
    grid.addRow(1, new Label("Theme"), new HBox(10, themes, themeNote));
    return grid;
  }

  private void save() {
    List<Connection> unverified = viewModel.unverified();
    if (!unverified.isEmpty() && !confirmed(unverified)) return;
    viewModel.save();
  }

  private boolean confirmed(List<Connection> unverified) {
    String names = unverified.stream().map(Connection::label).collect(Collectors.joining(", "));
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
        names + (unverified.size() == 1 ? " was" : " were") + " changed but not shown to work (not tested, or the test failed). Save anyway?",
        ButtonType.CANCEL, ButtonType.OK);
    alert.setHeaderText("Save untested connections?");
    alert.initOwner(getScene() == null ? null : getScene().getWindow());
    return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
  }

  private static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    return grid;
  }

  private static ColumnConstraints fixed(double width) {
    ColumnConstraints column = new ColumnConstraints(width);
    column.setMinWidth(width);
    return column;
  }

  private static ColumnConstraints grow() {
    ColumnConstraints column = new ColumnConstraints(200, 420, Double.MAX_VALUE);
    column.setHgrow(Priority.ALWAYS);
    return column;
  }
}

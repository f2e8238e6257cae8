package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.api.ApiServer;
import dev.eventscope.api.ApiSettings;
import dev.eventscope.console.events.EventRow;
import dev.eventscope.console.remote.RemoteServer;
import dev.eventscope.console.remote.RemoteSession;
import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.console.theme.ThemeSwitcher;
import dev.eventscope.console.trace.TraceTree;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.system.BusSwitch;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console attached to a real served system (an in-memory system behind the real API on a free
 * loopback port): orders sent to the server over HTTP show in the flow graph, the Events screen and
 * the Bus screen, and the screens that need the system in the console say so.
 */
@ExtendWith(ApplicationExtension.class)
class AttachedConsoleHeadlessTest {
  @TempDir static Path folder;
  private final HttpClient http = HttpClient.newHttpClient();
  private EventSystem system;
  private ApiServer server;
  private RemoteSession session;
  private MainWindow window;

  @Start
  void open(Stage stage) throws IOException {
    system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
    // "redis" is a second in-memory bus here, so a switch over PUT /api/bus needs no broker.
    server = ApiServer.start(system, new ApiSettings("127.0.0.1", 0, null),
        name -> name.equals("redis") ? new InMemoryEventBus() : OrderFulfilmentSystem.bus(name));
    session = RemoteSession.open(RemoteServer.parse(server.url(), null), UiExecutor.fx());
    Path log = folder.resolve("eventscope-test.log");
    Files.createDirectories(log.getParent());
    ThemeSwitcher themes = new ThemeSwitcher(Theme.LIGHT);
    window = new MainWindow(themes, folder.resolve("config/settings.yaml"), log);
    Scene scene = new Scene(window, 1280, 800);
    themes.applyTo(scene);
    stage.setScene(scene);
    stage.show();
    window.attachTo(session.attached());
  }

  @Stop
  void close() {
    window.close();
    session.close();
    server.close();
    system.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void orders_sent_to_the_served_system_show_in_the_flow_graph_the_events_screen_and_the_bus_screen(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).equals("attached to " + server.url()));
    UUID last = null;
    for (int i = 0; i < 3; i++) last = placeOrder();

    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.flow().nodeCountProperty().get() >= 12);
    assertThat(window.flow().edgeCountProperty().get()).isGreaterThanOrEqualTo(11);

    UUID traced = last;
    robot.interact(() -> window.trace().show(traced));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
      TraceTree tree = window.trace().treeProperty().get();
      return tree != null && tree.correlationId().equals(traced) && tree.messages() >= 5;
    });

    long stored = system.backend().events().lastPosition();
    assertThat(stored).isGreaterThanOrEqualTo(15);
    robot.clickOn("#nav-events");
    TableView<EventRow> table = robot.lookup("#events-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= stored
        && table.getItems().stream().limit(stored).allMatch(EventRow::loaded));
    assertThat(table.getItems().stream().limit(stored).map(row -> row.event().type()))
        .contains("StockRestocked", "OrderPlaced", "OrderConfirmed");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-errors").queryAs(Label.class).getText().equals("0 errors"));

    robot.clickOn("#nav-bus");
    Label current = robot.lookup("#bus-current").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> current.getText().contains("memory"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_bus_screen_switches_the_served_system_bus(FxRobot robot) throws Exception {
    robot.clickOn("#nav-bus");
    robot.clickOn("#bus-switch-redis");

    TableView<BusSwitch> history = robot.lookup("#bus-history").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
    assertThat(system.busSwitches()).hasSize(1);
    assertThat(robot.lookup("#bus-progress").queryAs(Label.class).getText()).startsWith("Resumed on");
  }

  @Test
  void screens_that_need_the_system_in_the_console_say_so_and_name_the_server(FxRobot robot) {
    robot.clickOn("#nav-scenarios");

    Label notHere = robot.lookup("#not-while-attached").queryAs(Label.class);
    assertThat(notHere.getText()).isEqualTo("Not available while attached to " + server.url());
    assertThat(robot.lookup("#not-while-attached-scenarios .label").queryAllAs(Label.class))
        .anyMatch(label -> label.getText().contains("eventscope console"));
  }

  private static String status(FxRobot robot) {
    return robot.lookup("#status-store").queryAs(Label.class).getText();
  }

  /** Answers the order's correlation id. */
  private UUID placeOrder() throws IOException, InterruptedException {
    post("/api/commands/RestockItem", "{\"sku\":\"SKU-1\",\"quantity\":5}");
    String answer = post("/api/commands/PlaceOrder", "{\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"c-1\","
        + "\"lines\":[{\"sku\":\"SKU-1\",\"quantity\":1,\"unitPriceCents\":500}]}");
    return UUID.fromString(JsonCodec.newMapper().readTree(answer).path("correlationId").asText());
  }

  private String post(String path, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    return answer.body();
  }
}

package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.console.theme.ThemeSwitcher;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.services.system.SystemSettings;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on an in-memory system, driven headless (Monocle, see the surefire
 * configuration): what a first-time user does first must work end to end.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowHeadlessTest {
  private static ConsoleSession session;
  private MainWindow window;

  @BeforeAll
  static void startSystem() {
    session = ConsoleSession.start(SystemSettings.inMemory(), UiExecutor.fx());
  }

  @AfterAll
  static void stopSystem() {
    session.close();
  }

  @Start
  void open(Stage stage) {
    ThemeSwitcher themes = new ThemeSwitcher(Theme.LIGHT);
    window = new MainWindow(themes);
    Scene scene = new Scene(window, 1280, 800);
    themes.applyTo(scene);
    stage.setScene(scene);
    stage.show();
    window.attach(session.context());
  }

  @Stop
  void close() {
    window.close();
  }

  @Test
  void placing_ten_orders_from_the_welcome_card_draws_the_flow_graph(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#welcome").queryAs(Node.class).isVisible()).as("an empty graph greets a first-time user").isTrue();

    robot.clickOn("#welcome-place-orders");

    // Ten orders touch senders, mediator, handlers, aggregates, store, outbox, bus and subscribers.
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.flow().nodeCountProperty().get() >= 12);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.flow().edgeCountProperty().get()).isGreaterThanOrEqualTo(11);
    assertThat(robot.lookup("#welcome").queryAs(Node.class).isVisible()).isFalse();
    assertThat(robot.lookup("#flow-graph").queryAs(Node.class).isVisible()).isTrue();

    robot.clickOn("#nav-trace");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#trace-view .list-view").queryAs(ListView.class).getItems().isEmpty());
  }
}

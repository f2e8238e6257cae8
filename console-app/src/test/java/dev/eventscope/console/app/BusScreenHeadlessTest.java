package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.cli.SettingsWriter;
import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.shell.Screen;
import dev.eventscope.console.theme.Styles;
import dev.eventscope.console.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Bus screen shows each broker's saved address (no password) and whether it answers, and leads to Settings. */
@ExtendWith(ApplicationExtension.class)
class BusScreenHeadlessTest {
  @TempDir static Path folder;
  private MainWindow window;
  private OpenConsole console;

  @Start
  void open(Stage stage) throws IOException {
    Path settings = folder.resolve("config/settings.yaml");
    // Port 1 on loopback: nothing listens there, so the test is refused at once.
    new SettingsWriter(settings).save(Map.of("kafka-bootstrap", "127.0.0.1:1", "redis-uri", "redis://:s3cret@127.0.0.1:1"));
    Path log = folder.resolve("eventscope-test.log");
    Files.createDirectories(log.getParent());
    console = OpenConsole.on(stage, Theme.LIGHT, themes -> new MainWindow(themes, settings, log));
    window = console.window();
  }

  @Stop
  void close() {
    console.close();
  }

  @Test
  void each_broker_shows_its_saved_address_without_the_password_and_whether_it_answers(FxRobot robot) throws Exception {
    robot.clickOn("#nav-bus");

    assertThat(label(robot, "#bus-address-kafka")).isEqualTo("127.0.0.1:1");
    assertThat(label(robot, "#bus-address-redis")).contains("127.0.0.1:1").doesNotContain("s3cret");
    assertThat(label(robot, "#bus-address-rabbitmq")).endsWith("(default)").doesNotContain("guest:guest");
    Label kafka = robot.lookup("#bus-connection-state-kafka").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> kafka.getStyleClass().contains(Styles.ERROR_TEXT));
    assertThat(kafka.getText()).isNotBlank().isNotEqualTo("Not tested").doesNotContain("s3cret");
  }

  @Test
  void edit_connections_opens_the_settings_screen(FxRobot robot) {
    robot.clickOn("#nav-bus");
    robot.clickOn("#bus-edit-connections");

    assertThat(window.shell().screenProperty().get()).isEqualTo(Screen.SETTINGS);
  }

  private static String label(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}

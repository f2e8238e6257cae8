package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.logs.LogLevel;
import dev.eventscope.console.settings.CheckState;
import dev.eventscope.console.settings.Connection;
import dev.eventscope.console.settings.SettingsViewModel;
import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.console.theme.ThemeSwitcher;
import dev.eventscope.console.ui.UiExecutor;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
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
 * Settings, Logs and the guided tour in the real window, headless. They work before (and without)
 * the system, so no system is started here.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleToolsHeadlessTest {
  @TempDir static Path folder;
  private static final AtomicInteger RUN = new AtomicInteger();
  private Path config;
  private Path log;
  private MainWindow window;
  private final AtomicInteger tourSeen = new AtomicInteger();

  @Start
  void open(Stage stage) throws IOException {
    Path run = folder.resolve("run-" + RUN.incrementAndGet());
    config = run.resolve("config/eventscope");
    log = run.resolve("state/logs/eventscope-test.log");
    Files.createDirectories(log.getParent());
    ThemeSwitcher themes = new ThemeSwitcher(Theme.LIGHT);
    window = new MainWindow(themes, config.resolve("settings.yaml"), log);
    Scene scene = new Scene(window, 1280, 800);
    themes.applyTo(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Stop
  void close() {
    window.close();
  }

  @Test
  void saved_connections_come_back_and_the_password_lives_only_in_the_owner_only_file(FxRobot robot) throws IOException {
    robot.clickOn("#nav-settings");
    robot.interact(() -> {
      robot.lookup("#settings-rabbitmq-address").queryAs(TextField.class).setText("amqp://guest@mq.example:5672/");
      robot.lookup("#settings-rabbitmq-password").queryAs(PasswordField.class).setText("hunter2");
      robot.lookup("#settings-kafka-address").queryAs(TextField.class).setText("k1.example:9092");
    });
    robot.clickOn("#settings-save");
    // Untested connections: the window asks first.
    robot.clickOn("OK");
    WaitForAsyncUtils.waitForFxEvents();

    Path settings = config.resolve("settings.yaml");
    Path secrets = config.resolve("secrets.yaml");
    assertThat(Files.readString(settings)).contains("amqp://guest@mq.example:5672/", "k1.example:9092").doesNotContain("hunter2");
    assertThat(Files.readString(secrets)).contains("hunter2");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
    assertThat(robot.lookup("#settings-status").queryAs(Label.class).getText()).contains("Saved").doesNotContain("hunter2");

    SettingsViewModel reopened = new SettingsViewModel(settings, (connection, address, timeout) -> { }, Runnable::run, UiExecutor.immediate());
    assertThat(reopened.row(Connection.RABBITMQ).addressProperty().get()).isEqualTo("amqp://guest@mq.example:5672/");
    assertThat(reopened.row(Connection.RABBITMQ).passwordProperty().get()).isEqualTo("hunter2");
    assertThat(reopened.row(Connection.RABBITMQ).value()).isEqualTo("amqp://guest:hunter2@mq.example:5672/");
    assertThat(reopened.row(Connection.KAFKA).value()).isEqualTo("k1.example:9092");
  }

  @Test
  void a_failed_connection_test_shows_the_error(FxRobot robot) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    robot.clickOn("#nav-settings");
    String address = "redis://127.0.0.1:" + closedPort;
    robot.interact(() -> robot.lookup("#settings-redis-address").queryAs(TextField.class).setText(address));

    robot.clickOn("#settings-redis-test");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> window.settings().row(Connection.REDIS).stateProperty().get() == CheckState.FAILED);
    WaitForAsyncUtils.waitForFxEvents();
    Label outcome = robot.lookup("#settings-redis-outcome").queryAs(Label.class);
    assertThat(outcome.getText()).isNotBlank().isNotEqualTo("Not tested").doesNotContain("Connected");
    assertThat(outcome.getStyleClass()).contains("error-text");
    assertThat(window.settings().unverified()).containsExactly(Connection.REDIS);
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_logs_screen_shows_lines_written_to_the_log_and_filters_them_by_level(FxRobot robot) throws Exception {
    robot.clickOn("#nav-logs");
    Files.writeString(log, "2026-11-26T10:00:00.000Z INFO  [main] a.B - quiet line\n"
        + "2026-11-26T10:00:01.000Z WARN  [main] a.B - loud line\n"
        + "2026-11-26T10:00:02.000Z ERROR [main] a.B - broken line\n\tat some.Frame\n",
        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    ListView<Object> lines = robot.lookup("#logs-lines").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines.getItems().size() == 4);

    robot.interact(() -> window.logs().minimumProperty().set(LogLevel.WARN));

    assertThat(lines.getItems()).hasSize(3).map(Object::toString).noneMatch(text -> text.contains("quiet line"));
    Files.writeString(log, "2026-11-26T10:00:03.000Z ERROR [main] a.B - later line\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines.getItems().size() == 4);
  }

  @Test
  void the_tour_walks_five_steps_pointing_at_the_rail_and_help_reopens_it(FxRobot robot) {
    robot.interact(() -> window.showTour(tourSeen::incrementAndGet));
    assertThat(robot.lookup("#tour").queryAs(Node.class).isVisible()).isTrue();
    assertThat(robot.lookup("#nav-commands").queryAs(Node.class).getStyleClass()).contains("tour-highlight");

    for (int step = 1; step < 5; step++) robot.clickOn("#tour-next");
    assertThat(robot.lookup("#tour-title").queryAs(Label.class).getText()).isEqualTo("Try a replay");
    assertThat(robot.lookup("#nav-replay").queryAs(Node.class).getStyleClass()).contains("tour-highlight");
    robot.clickOn("#tour-next");

    assertThat(robot.lookup("#tour").queryAs(Node.class).isVisible()).isFalse();
    assertThat(tourSeen).hasValue(1);
    assertThat(robot.lookup("#nav-replay").queryAs(Node.class).getStyleClass()).doesNotContain("tour-highlight");

    robot.clickOn("#help-menu");
    robot.clickOn("Guided tour");
    assertThat(robot.lookup("#tour").queryAs(Node.class).isVisible()).isTrue();
    robot.clickOn("#tour-skip");
    assertThat(robot.lookup("#tour").queryAs(Node.class).isVisible()).isFalse();
  }
}

package dev.eventscope.console.app;

import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.shell.Screen;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.console.theme.ThemeSwitcher;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.system.SystemSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not a test: makes the README's console screenshots that need clicks {@code --screenshot} cannot
 * make — the welcome state, a trace, a filtered event browser, the dark theme — by driving the real
 * window as a user would, then saving it as {@code --screenshot} does. Run under a display (see
 * docs/screenshots/README.md); the argument is the folder to write to.
 */
public final class ReadmeScreenshots {
  private static final Logger LOG = LoggerFactory.getLogger(ReadmeScreenshots.class);

  private ReadmeScreenshots() {
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(30, TimeUnit.SECONDS);
    ConsoleSession session = ConsoleSession.start(SystemSettings.inMemory(), UiExecutor.fx());
    Path scratch = Files.createTempDirectory("eventscope-shots");
    ThemeSwitcher themes = new ThemeSwitcher(Theme.LIGHT);
    MainWindow window = onFx(() -> open(session, themes, scratch));

    settle(2_000);
    shoot(window, folder.resolve("console-welcome.png"));

    onFx(() -> {
      window.commands().placeRandomOrders(20);
      return null;
    });
    var events = session.context().system().backend().events();
    await(() -> events.readAll(0, 100_000).stream().filter(e -> e.type().equals("ShipmentScheduled")).count() >= 10);
    settle(1_500);
    UUID shipped = lastOf(events.readAll(0, 100_000), "ShipmentScheduled").envelope().correlationId();

    onFx(() -> {
      window.shell().screenProperty().set(Screen.TRACE);
      window.trace().show(shipped);
      return null;
    });
    settle(1_500);
    shoot(window, folder.resolve("console-trace.png"));

    onFx(() -> {
      window.shell().screenProperty().set(Screen.EVENTS);
      return null;
    });
    settle(1_000);
    String shown = shipped.toString().substring(shipped.toString().length() - 8);
    onFx(() -> {
      ((TextField) window.getScene().lookup("#events-filter-correlation")).setText(shown);
      ((Button) window.getScene().lookup("#events-apply")).fire();
      return null;
    });
    TableView<?> table = onFx(() -> (TableView<?>) window.getScene().lookup("#events-table"));
    await(() -> onFxQuietly(() -> table.getItems().size() > 0 && table.getItems().size() < 20));
    onFx(() -> {
      table.getSelectionModel().select(0);
      return null;
    });
    settle(1_000);
    shoot(window, folder.resolve("console-events-filtered.png"));

    onFx(() -> {
      themes.themeProperty().set(Theme.DARK);
      window.shell().screenProperty().set(Screen.FLOW);
      window.commands().placeRandomOrders(20);
      return null;
    });
    settle(3_000);
    shoot(window, folder.resolve("console-flow-dark.png"));

    onFx(() -> {
      window.close();
      return null;
    });
    session.close();
    Platform.exit();
    System.exit(0);
  }

  private static MainWindow open(ConsoleSession session, ThemeSwitcher themes, Path scratch) {
    MainWindow window = new MainWindow(themes, scratch.resolve("settings.yaml"), scratch.resolve("screenshots.log"));
    Scene scene = new Scene(window, 1280, 800);
    themes.applyTo(scene);
    Stage stage = new Stage();
    stage.setTitle("Eventscope");
    stage.setScene(scene);
    stage.show();
    window.attach(session.context());
    window.shell().screenProperty().set(Screen.FLOW);
    return window;
  }

  private static StoredEvent lastOf(List<StoredEvent> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).reduce((first, second) -> second).orElseThrow();
  }

  private static void shoot(MainWindow window, Path file) throws Exception {
    WritableImage image = onFx(() -> SelfSnapshot.take(window.getScene()));
    SelfSnapshot.save(image, file);
    LOG.info("wrote {}", file);
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    CompletableFuture<T> done = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        done.complete(work.call());
      } catch (Exception | Error e) {
        done.completeExceptionally(e);
      }
    });
    return done.get(30, TimeUnit.SECONDS);
  }

  private static boolean onFxQuietly(Callable<Boolean> check) {
    try {
      return onFx(check);
    } catch (Exception e) {
      return false;
    }
  }

  /** Polls {@code done} for up to 30 s (the system is asynchronous: orders take a moment to settle). */
  private static void await(BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("the console did not get there in 30 s");
      Thread.sleep(100);
    }
  }

  /** Lets the graph lay out and the viewer draw (it redraws every 40 ms) before a picture. */
  private static void settle(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }
}

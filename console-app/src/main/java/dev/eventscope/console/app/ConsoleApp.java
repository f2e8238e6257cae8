package dev.eventscope.console.app;

import dev.eventscope.console.remote.RemoteCallException;
import dev.eventscope.console.remote.RemoteSession;
import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.shell.SystemState;
import dev.eventscope.console.theme.ThemeSwitcher;
import dev.eventscope.console.ui.UiExecutor;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Not launched directly (see {@link ConsoleLauncher}): it reads its options
 * from the launcher, shows the window at once in a "starting…" state, starts the system on a
 * background thread, and closes the system when the window closes.
 */
public final class ConsoleApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);

  private final UiExecutor ui = UiExecutor.fx();
  private MainWindow window;
  private ConsoleSession session;
  private RemoteSession remote;
  private boolean stopped;

  @Override
  public void start(Stage stage) {
    ConsoleOptions options = ConsoleLauncher.currentOptions();
    ConsolePreferences remembered = options.remembers() ? ConsolePreferences.load(options.preferences()) : ConsolePreferences.DEFAULTS;
    ThemeSwitcher themes = new ThemeSwitcher(options.parsedTheme() != null ? options.parsedTheme() : remembered.theme());
    window = new MainWindow(themes);
    window.shell().screenProperty().set(options.firstScreen());
    Scene scene = new Scene(window, remembered.width(), remembered.height());
    themes.applyTo(scene);
    if (options.remembers()) {
      WindowLayoutKeeper.restoreWindow(remembered.layout(), stage, remembered.width(), remembered.height());
      remember(options.preferences(), stage, themes);
    }
    if (options.remembers() && options.scenario() != null) {
      ConsolePreferences.load(options.preferences()).withRecentScenario(options.scenario()).save(options.preferences());
    }
    if (showsTour(options, remembered)) {
      // A tour asked for on the command line (screenshots) leaves the preferences alone.
      window.showTour(options.remembers() ? () -> ConsolePreferences.load(options.preferences()).withTourSeen().save(options.preferences()) : () -> { });
    }
    stage.setTitle(options.attached() ? "Eventscope — attached to " + options.attach().address() : "Eventscope");
    stage.setMinWidth(960);
    stage.setMinHeight(600);
    // The window's own size, not only the scene's: under a window manager GTK otherwise opens it at its minimum.
    stage.setWidth(remembered.width());
    stage.setHeight(remembered.height());
    stage.setScene(scene);
    stage.show();
    Platform.runLater(() -> WindowLayoutKeeper.keepSize(stage, remembered.width(), remembered.height()));
    Thread starter;
    if (options.attached()) {
      window.starting("Connecting to " + options.attach().address() + "…");
      starter = new Thread(() -> attachTo(options), "console-attach");
    } else {
      window.starting("Opening the " + storeName(options) + " and starting the order-fulfilment system…");
      starter = new Thread(() -> startSystem(options), "console-start");
    }
    starter.setDaemon(true);
    starter.start();
    if (options.takesScreenshot()) screenshotLater(scene, options);
  }

  /** On a user's first start, or when asked for; never by itself in a screenshot run. */
  static boolean showsTour(ConsoleOptions options, ConsolePreferences remembered) {
    return options.tour() || (options.remembers() && !remembered.tourSeen());
  }

  /** Saves the theme as soon as it changes, and the window's size and layout when it closes. */
  private void remember(Path file, Stage stage, ThemeSwitcher themes) {
    themes.onChange(theme -> ConsolePreferences.load(file).withTheme(theme).save(file));
    stage.setOnHidden(event -> {
      ConsolePreferences before = ConsolePreferences.load(file).withTheme(themes.themeProperty().get());
      // A maximised window's size is the screen's: keep the size it will be restored to.
      ConsolePreferences sized = stage.isMaximized() ? before : before.withSize(stage.getWidth(), stage.getHeight());
      sized.withLayout(WindowLayoutKeeper.capture(before.layout(), stage, window.splitPanes())).save(file);
    });
  }

  private static String storeName(ConsoleOptions options) {
    return switch (options.store()) {
      case "memory" -> "in-memory store";
      case "embedded" -> "embedded store in " + options.dataDir();
      default -> "MongoDB store";
    };
  }

  /** Background thread: the store may take a while to open (or fail); the window stays responsive. */
  private void startSystem(ConsoleOptions options) {
    ConsoleSession started;
    try {
      started = ConsoleSession.start(ConsoleSession.settings(options), ui);
    } catch (RuntimeException e) {
      LOG.error("the system did not start", e);
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      ui.execute(() -> window.failed(why));
      return;
    }
    ui.execute(() -> {
      if (stopped) {
        // The window closed while the system was starting: nobody will use it.
        started.close();
        return;
      }
      session = started;
      window.attach(started.context());
      if (options.presentation()) window.presentationProperty().set(true);
      if (options.remembers()) WindowLayoutKeeper.restoreDividers(ConsolePreferences.load(options.preferences()).layout(), window.splitPanes());
      if (options.scenario() != null && window.scenarios().select(options.scenario())) {
        window.scenarios().start();
      }
    });
  }

  /** Background thread: checks the served system answers, then watches it; nothing is started here. */
  private void attachTo(ConsoleOptions options) {
    RemoteSession opened;
    try {
      opened = RemoteSession.open(options.attach(), ui);
    } catch (RemoteCallException e) {
      LOG.warn("could not attach: {}", e.getMessage());
      ui.execute(() -> window.failed(e.getMessage()));
      return;
    }
    ui.execute(() -> {
      if (stopped) {
        opened.close();
        return;
      }
      remote = opened;
      window.attachTo(opened.attached());
      if (options.presentation()) window.presentationProperty().set(true);
    });
  }

  /**
   * Waits on a plain thread rather than a JavaFX animation (an exception in another animation's
   * frame, e.g. a bad graph stylesheet, must not stop the screenshot run from ending), snapshots
   * on the UI thread, encodes and exits on this thread.
   */
  private void screenshotLater(Scene scene, ConsoleOptions options) {
    Thread photographer = new Thread(() -> {
      try {
        Thread.sleep(options.exitAfter().toMillis());
        CompletableFuture<Shot> taken = new CompletableFuture<>();
        ui.execute(() -> taken.complete(new Shot(SelfSnapshot.take(scene), window.shell().stateProperty().get() == SystemState.RUNNING)));
        Shot shot = taken.get(30, TimeUnit.SECONDS);
        SelfSnapshot.save(shot.image(), options.screenshot());
        ConsoleLauncher.exitCode(shot.systemRunning() ? 0 : 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ConsoleLauncher.exitCode(1);
      } catch (Exception e) {
        LOG.error("could not save the screenshot to {}", options.screenshot(), e);
        ConsoleLauncher.exitCode(1);
      }
      Platform.exit();
    }, "console-screenshot");
    photographer.setDaemon(true);
    photographer.start();
  }

  /** The window's picture and whether the system was running when it was taken. */
  private record Shot(WritableImage image, boolean systemRunning) {}

  @Override
  public void stop() {
    stopped = true;
    if (window != null) window.close();
    if (session != null) session.close();
    if (remote != null) remote.close();
  }
}

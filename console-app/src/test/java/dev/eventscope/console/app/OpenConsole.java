package dev.eventscope.console.app;

import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.console.theme.ThemeSwitcher;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.services.system.SystemSettings;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real main window at 1280 × 800 on a fresh in-memory system, for headless tests. A system per
 * test: a session's tick keeps every window attached to it, and one window's tick would drain the
 * next one's hops.
 */
record OpenConsole(ConsoleSession session, MainWindow window) implements AutoCloseable {
  static OpenConsole on(Stage stage, Theme theme) {
    return on(stage, theme, MainWindow::new);
  }

  /** With a window made another way (its own settings file or log, say). */
  static OpenConsole on(Stage stage, Theme theme, Function<ThemeSwitcher, MainWindow> windowFor) {
    ConsoleSession session = ConsoleSession.start(SystemSettings.inMemory(), UiExecutor.fx());
    ThemeSwitcher themes = new ThemeSwitcher(theme);
    MainWindow window = windowFor.apply(themes);
    Scene scene = new Scene(window, 1280, 800);
    themes.applyTo(scene);
    stage.setScene(scene);
    stage.show();
    window.attach(session.context());
    return new OpenConsole(session, window);
  }

  @Override
  public void close() {
    window.close();
    session.close();
  }
}

package dev.eventscope.console.app;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;

/**
 * Opens the console window. A plain class rather than the {@code Application} itself, so the same
 * class path works from {@code java -cp}, Surefire and jpackage (launching an {@code Application}
 * subclass directly fails with "JavaFX runtime components are missing" on the class path).
 *
 * <p>The CLI calls {@link #launch(ConsoleOptions)}; {@link #main} takes a few flags for running the
 * console on its own (screenshots, smoke checks).
 */
public final class ConsoleLauncher {
  private static final AtomicReference<ConsoleOptions> OPTIONS = new AtomicReference<>();
  private static final AtomicInteger EXIT_CODE = new AtomicInteger(0);

  private ConsoleLauncher() {}

  /**
   * Shows the window and blocks until it closes; answers the exit code (0, or 1 when a screenshot
   * run could not save its picture or the system did not start). JavaFX allows this once per JVM.
   */
  public static int launch(ConsoleOptions options) {
    if (!OPTIONS.compareAndSet(null, options)) throw new IllegalStateException("the console was already launched in this JVM");
    try {
      Application.launch(ConsoleApp.class);
    } catch (UnsupportedOperationException e) {
      throw explained(e);
    }
    return EXIT_CODE.get();
  }

  /** JavaFX's "Unable to load glass GTK library" says what failed; a person also needs what to do. */
  static RuntimeException explained(UnsupportedOperationException e) {
    if (e.getMessage() == null || !e.getMessage().contains("GTK")) return e;
    return new IllegalStateException("the console window needs GTK 3, which this machine lacks (Debian/Ubuntu: sudo apt-get install"
        + " libgtk-3-0; without a desktop, 'eventscope simulate' and 'eventscope serve' work headless)", e);
  }

  /**
   * {@code ConsoleLauncher [--store memory|embedded|<uri>] [--data DIR] [--theme light|dark|high-contrast]
   * [--scenario NAME] [--screenshot FILE.png --exit-after 8s]}.
   */
  public static void main(String[] args) {
    ConsoleOptions options;
    try {
      options = LaunchArguments.parse(args, System.getenv(), System.getProperty("user.home"));
    } catch (IllegalArgumentException e) {
      System.err.println("eventscope console: " + e.getMessage());
      System.err.println(LaunchArguments.USAGE);
      System.exit(2);
      return;
    }
    System.exit(launch(options));
  }

  static ConsoleOptions currentOptions() {
    ConsoleOptions options = OPTIONS.get();
    if (options == null) throw new IllegalStateException("start the console through ConsoleLauncher.launch, not Application.launch");
    return options;
  }

  static void exitCode(int code) {
    EXIT_CODE.set(code);
  }
}

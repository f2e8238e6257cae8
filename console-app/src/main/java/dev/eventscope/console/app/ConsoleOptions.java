package dev.eventscope.console.app;

import dev.eventscope.console.remote.RemoteServer;
import dev.eventscope.console.shell.Screen;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.services.scenario.ScenarioCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.List;

/**
 * How to open the console. {@code store} is {@code memory}, {@code embedded} (with {@code dataDir})
 * or a MongoDB connection string; {@code theme} is {@code light}, {@code dark} or
 * {@code high-contrast}; {@code scenario} (nullable) names a scenario of the catalog
 * ({@code scenarios/} or the built-in ones) that starts once the system is up, on the Scenarios
 * screen. With {@code screenshot} and {@code exitAfter} set, the console saves a PNG of its window
 * after that long and exits (docs and smoke checks). {@code screen} (nullable) is the screen shown
 * first ({@code events}, {@code bus}…; when null the Scenarios screen if a scenario runs, else the
 * flow graph). A null {@code theme} means the one used last, else light. {@code preferences}
 * (nullable) is the file where the console remembers its theme and window size between runs;
 * without it nothing is remembered. {@code tour} opens the guided tour even if it was seen;
 * {@code presentation} starts in presentation mode (larger type and graph for a projector).
 * {@code attach} (nullable) is a system served elsewhere to watch instead of starting one; {@code store}
 * is then unused.
 */
public record ConsoleOptions(String store, Path dataDir, String theme, String scenario, Path screenshot, Duration exitAfter, String screen,
    Path preferences, boolean tour, boolean presentation, RemoteServer attach) {
  public ConsoleOptions {
    Objects.requireNonNull(store, "store");
    if (store.isBlank()) throw new IllegalArgumentException("store must not be blank");
    if ("embedded".equals(store) && dataDir == null) throw new IllegalArgumentException("the embedded store needs a data folder");
    if (theme != null) Theme.parse(theme);
    if (scenario != null) {
      List<String> known = ScenarioCatalog.fromEnvironment().names();
      if (!known.contains(scenario)) {
        throw new IllegalArgumentException("unknown scenario '" + scenario + "' (the console knows: " + String.join(", ", known) + ")");
      }
    }
    if (exitAfter != null && (exitAfter.isNegative() || exitAfter.isZero())) throw new IllegalArgumentException("exit-after must be positive");
    if (screenshot != null && exitAfter == null) throw new IllegalArgumentException("a screenshot needs exit-after (when to take it)");
    if (screen != null) Screen.parse(screen);
    if (attach != null && scenario != null) throw new IllegalArgumentException("--scenario runs in the console's own system: not with --attach");
  }

  public ConsoleOptions(String store, Path dataDir, String theme, String scenario, Path screenshot, Duration exitAfter, String screen,
      Path preferences, boolean tour) {
    this(store, dataDir, theme, scenario, screenshot, exitAfter, screen, preferences, tour, false, null);
  }

  public ConsoleOptions(String store, Path dataDir, String theme, String scenario, Path screenshot, Duration exitAfter, String screen,
      Path preferences) {
    this(store, dataDir, theme, scenario, screenshot, exitAfter, screen, preferences, false, false, null);
  }

  /** The same options, with the guided tour opened at start. */
  public ConsoleOptions withTour() {
    return new ConsoleOptions(store, dataDir, theme, scenario, screenshot, exitAfter, screen, preferences, true, presentation, attach);
  }

  /** The same options, starting in presentation mode. */
  public ConsoleOptions withPresentation() {
    return new ConsoleOptions(store, dataDir, theme, scenario, screenshot, exitAfter, screen, preferences, tour, true, attach);
  }

  /** The same options, watching the system served at {@code server} instead of starting one. */
  public ConsoleOptions attachedTo(RemoteServer server) {
    return new ConsoleOptions(store, dataDir, theme, scenario, screenshot, exitAfter, screen, preferences, tour, presentation, server);
  }

  public boolean attached() {
    return attach != null;
  }

  public ConsoleOptions(String store, Path dataDir, String theme, String scenario, Path screenshot, Duration exitAfter) {
    this(store, dataDir, theme, scenario, screenshot, exitAfter, null, null);
  }

  public ConsoleOptions(String store, Path dataDir, String theme, String scenario, Path screenshot, Duration exitAfter, String screen) {
    this(store, dataDir, theme, scenario, screenshot, exitAfter, screen, null);
  }

  /** The screen to open first. */
  public Screen firstScreen() {
    if (screen != null) return Screen.parse(screen);
    return scenario != null ? Screen.SCENARIOS : Screen.FLOW;
  }

  /** The console's defaults: the embedded store in {@code dataDir}, light theme, nothing else. */
  public static ConsoleOptions embedded(Path dataDir) {
    return new ConsoleOptions("embedded", dataDir, Theme.LIGHT.id(), null, null, null);
  }

  /** An in-memory system (tests, demos that should leave nothing behind). */
  public static ConsoleOptions inMemory() {
    return new ConsoleOptions("memory", null, Theme.LIGHT.id(), null, null, null);
  }

  /** The theme asked for, or null to use the remembered one. */
  public Theme parsedTheme() {
    return theme == null ? null : Theme.parse(theme);
  }

  /** Screenshots are for docs and checks: they neither use nor change what a user's console remembers. */
  public boolean remembers() {
    return preferences != null && screenshot == null;
  }

  public boolean takesScreenshot() {
    return screenshot != null;
  }
}

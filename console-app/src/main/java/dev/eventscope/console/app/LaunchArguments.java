package dev.eventscope.console.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The few flags {@link ConsoleLauncher#main} understands. The real command line is the CLI's
 * ({@code eventscope console}); this exists so the console can be run and photographed on its own.
 */
final class LaunchArguments {
  static final String USAGE = "usage: ConsoleLauncher [--store memory|embedded|<mongodb uri>] [--data DIR] "
      + "[--theme light|dark|high-contrast] [--scenario NAME] [--screen events|bus|sagas|…] [--tour] [--presentation] [--screenshot FILE.png --exit-after 8s]";

  private LaunchArguments() {}

  static ConsoleOptions parse(String[] args, Map<String, String> env, String home) {
    String store = env.getOrDefault("EVENTSCOPE_STORE", "embedded");
    Path data = env.containsKey("EVENTSCOPE_DATA") ? Path.of(env.get("EVENTSCOPE_DATA")) : null;
    String theme = null;
    String scenario = null;
    Path screenshot = null;
    Duration exitAfter = null;
    String screen = null;
    boolean tour = false;
    boolean presentation = false;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--tour")) {
        tour = true;
        continue;
      }
      if (flag.equals("--presentation")) {
        presentation = true;
        continue;
      }
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) throw new IllegalArgumentException(flag + " needs a value");
      switch (flag) {
        case "--store" -> store = value;
        case "--data" -> data = Path.of(value);
        case "--theme" -> theme = value;
        case "--scenario" -> scenario = value;
        case "--screenshot" -> screenshot = Path.of(value);
        case "--exit-after" -> exitAfter = duration(value);
        case "--screen" -> screen = value;
        default -> throw new IllegalArgumentException("unknown flag " + flag);
      }
      i++;
    }
    if (data == null && "embedded".equals(store)) data = defaultDataDir(env, home);
    ConsoleOptions options = new ConsoleOptions(store, data, theme, scenario, screenshot, exitAfter, screen);
    if (presentation) options = options.withPresentation();
    return tour ? options.withTour() : options;
  }

  /** The per-user data folder (XDG): where the CLI keeps the embedded store too. */
  static Path defaultDataDir(Map<String, String> env, String home) {
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
    return base.resolve("eventscope");
  }

  /** {@code 500ms}, {@code 8s}, {@code 2m}. */
  static Duration duration(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (value.endsWith("ms")) return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      if (value.endsWith("s")) return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1_000));
      if (value.endsWith("m")) return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)) * 60);
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("'" + text + "' is not a duration like 500ms, 8s or 2m");
  }
}

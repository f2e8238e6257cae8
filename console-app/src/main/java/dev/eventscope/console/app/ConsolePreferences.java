package dev.eventscope.console.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.eventscope.console.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console remembers between runs — the theme, the window size and {@link WindowLayout},
 * whether the guided tour was seen and the scenarios run lately — in {@code console.yaml} beside {@code settings.yaml}
 * (connections, which only the Settings screen writes). A missing or unreadable file means the
 * defaults, and a bad or unknown key costs only itself; each is named in a warning in the log.
 * Nothing here is worth failing for.
 */
public record ConsolePreferences(Theme theme, double width, double height, boolean tourSeen, List<String> recentScenarios,
    WindowLayout layout) {
  public static final String FILE_NAME = "console.yaml";
  public static final ConsolePreferences DEFAULTS = new ConsolePreferences(Theme.LIGHT, 1280, 800);
  static final int RECENT = 5;
  static final List<String> KEYS = List.of("theme", "width", "height", "tour-seen", "recent-scenarios", "x", "y", "maximized", "dividers");
  private static final Logger LOG = LoggerFactory.getLogger(ConsolePreferences.class);

  public ConsolePreferences {
    recentScenarios = recentScenarios == null ? List.of() : List.copyOf(recentScenarios);
    layout = layout == null ? WindowLayout.NONE : layout;
  }

  public ConsolePreferences(Theme theme, double width, double height, boolean tourSeen, List<String> recentScenarios) {
    this(theme, width, height, tourSeen, recentScenarios, WindowLayout.NONE);
  }

  public ConsolePreferences(Theme theme, double width, double height) {
    this(theme, width, height, false, List.of());
  }

  public static ConsolePreferences load(Path file) {
    if (file == null || !Files.isRegularFile(file)) return DEFAULTS;
    Map<?, ?> values;
    try {
      values = new YAMLMapper().readValue(file.toFile(), Map.class);
    } catch (IOException | RuntimeException e) {
      String at = e instanceof JsonProcessingException json && json.getLocation() != null
          ? " at line " + json.getLocation().getLineNr() : "";
      LOG.warn("ignoring {}{} and using the defaults: {}", file, at, firstLine(e));
      return DEFAULTS;
    }
    if (values == null) return DEFAULTS;
    values.keySet().stream().filter(key -> !KEYS.contains(String.valueOf(key)))
        .forEach(key -> LOG.warn("ignoring the unknown key '{}' in {} (known: {})", key, file, String.join(", ", KEYS)));
    return new ConsolePreferences(theme(values.get("theme"), file),
        size(values, "width", DEFAULTS.width, file), size(values, "height", DEFAULTS.height, file),
        flag(values.get("tour-seen"), file), names(values.get("recent-scenarios"), file), WindowLayout.read(values));
  }

  /** One bad value costs only that value: it is named in a warning and takes its default. */
  private static Theme theme(Object value, Path file) {
    if (value == null) return DEFAULTS.theme;
    try {
      return Theme.parse(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      LOG.warn("ignoring 'theme' in {}: {}", file, e.getMessage());
      return DEFAULTS.theme;
    }
  }

  private static boolean flag(Object value, Path file) {
    if (value == null || value instanceof Boolean) return Boolean.TRUE.equals(value);
    LOG.warn("ignoring 'tour-seen' in {}: expected true or false, got '{}'", file, value);
    return false;
  }

  private static List<String> names(Object value, Path file) {
    if (value == null) return List.of();
    if (!(value instanceof List<?> list)) {
      LOG.warn("ignoring 'recent-scenarios' in {}: expected a list of scenario names", file);
      return List.of();
    }
    return list.stream().filter(String.class::isInstance).map(String.class::cast).limit(RECENT).toList();
  }

  private static double size(Map<?, ?> values, String key, double fallback, Path file) {
    Object value = values.get(key);
    if (value == null) return fallback;
    double pixels = value instanceof Number number ? number.doubleValue() : Double.NaN;
    if (pixels >= 600 && pixels <= 10_000) return pixels;
    LOG.warn("ignoring '{}' in {}: expected pixels between 600 and 10000, got '{}'", key, file, value);
    return fallback;
  }

  private static String firstLine(Exception e) {
    String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    if (message == null) return e.getClass().getSimpleName();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  public void save(Path file) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("theme", theme.id());
    values.put("width", Math.round(width));
    values.put("height", Math.round(height));
    values.put("tour-seen", tourSeen);
    values.put("recent-scenarios", recentScenarios);
    layout.writeTo(values);
    try {
      Files.createDirectories(file.getParent());
      new YAMLMapper().writeValue(file.toFile(), values);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not remember the console's theme and window layout in {}: {}", file, e.getMessage());
    }
  }

  public ConsolePreferences withTheme(Theme next) {
    return new ConsolePreferences(next, width, height, tourSeen, recentScenarios, layout);
  }

  public ConsolePreferences withSize(double nextWidth, double nextHeight) {
    return new ConsolePreferences(theme, nextWidth, nextHeight, tourSeen, recentScenarios, layout);
  }

  public ConsolePreferences withLayout(WindowLayout next) {
    return new ConsolePreferences(theme, width, height, tourSeen, recentScenarios, next);
  }

  public ConsolePreferences withTourSeen() {
    return new ConsolePreferences(theme, width, height, true, recentScenarios, layout);
  }

  /** {@code name} first, then the others run lately, at most {@value #RECENT}. */
  public ConsolePreferences withRecentScenario(String name) {
    List<String> recent = new ArrayList<>();
    recent.add(name);
    recentScenarios.stream().filter(other -> !other.equals(name)).limit(RECENT - 1).forEach(recent::add);
    return new ConsolePreferences(theme, width, height, tourSeen, recent, layout);
  }
}

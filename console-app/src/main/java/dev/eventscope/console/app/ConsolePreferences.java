package dev.eventscope.console.app;

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
 * defaults; nothing here is worth failing for.
 */
public record ConsolePreferences(Theme theme, double width, double height, boolean tourSeen, List<String> recentScenarios,
    WindowLayout layout) {
  public static final String FILE_NAME = "console.yaml";
  public static final ConsolePreferences DEFAULTS = new ConsolePreferences(Theme.LIGHT, 1280, 800);
  static final int RECENT = 5;
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
    try {
      Map<?, ?> values = new YAMLMapper().readValue(file.toFile(), Map.class);
      if (values == null) return DEFAULTS;
      Theme theme = values.get("theme") == null ? DEFAULTS.theme : Theme.parse(String.valueOf(values.get("theme")));
      return new ConsolePreferences(theme, size(values.get("width"), DEFAULTS.width), size(values.get("height"), DEFAULTS.height),
          Boolean.TRUE.equals(values.get("tour-seen")), names(values.get("recent-scenarios")), WindowLayout.read(values));
    } catch (IOException | RuntimeException e) {
      LOG.warn("ignoring {}: {}", file, e.getMessage());
      return DEFAULTS;
    }
  }

  private static List<String> names(Object value) {
    if (!(value instanceof List<?> list)) return List.of();
    return list.stream().filter(String.class::isInstance).map(String.class::cast).limit(RECENT).toList();
  }

  private static double size(Object value, double fallback) {
    if (!(value instanceof Number number)) return fallback;
    double pixels = number.doubleValue();
    return pixels >= 600 && pixels <= 10_000 ? pixels : fallback;
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

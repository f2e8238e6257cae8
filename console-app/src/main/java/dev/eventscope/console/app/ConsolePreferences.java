package dev.eventscope.console.app;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.eventscope.console.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console remembers between runs — the theme and the window size — in
 * {@code console.yaml} beside {@code settings.yaml} (the user's own file, which the console never
 * rewrites). A missing or unreadable file means the defaults; nothing here is worth failing for.
 */
public record ConsolePreferences(Theme theme, double width, double height) {
  public static final String FILE_NAME = "console.yaml";
  public static final ConsolePreferences DEFAULTS = new ConsolePreferences(Theme.LIGHT, 1280, 800);
  private static final Logger LOG = LoggerFactory.getLogger(ConsolePreferences.class);

  public static ConsolePreferences load(Path file) {
    if (file == null || !Files.isRegularFile(file)) return DEFAULTS;
    try {
      Map<?, ?> values = new YAMLMapper().readValue(file.toFile(), Map.class);
      if (values == null) return DEFAULTS;
      Theme theme = values.get("theme") == null ? DEFAULTS.theme : Theme.parse(String.valueOf(values.get("theme")));
      return new ConsolePreferences(theme, size(values.get("width"), DEFAULTS.width), size(values.get("height"), DEFAULTS.height));
    } catch (IOException | RuntimeException e) {
      LOG.warn("ignoring {}: {}", file, e.getMessage());
      return DEFAULTS;
    }
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
    try {
      Files.createDirectories(file.getParent());
      new YAMLMapper().writeValue(file.toFile(), values);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not remember the console's theme and window size in {}: {}", file, e.getMessage());
    }
  }

  public ConsolePreferences withTheme(Theme next) {
    return new ConsolePreferences(next, width, height);
  }

  public ConsolePreferences withSize(double nextWidth, double nextHeight) {
    return new ConsolePreferences(theme, nextWidth, nextHeight);
  }
}

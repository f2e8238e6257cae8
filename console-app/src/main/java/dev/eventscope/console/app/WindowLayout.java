package dev.eventscope.console.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the window was and how its split panes were divided when it last closed: the position
 * (null until a window has closed once), whether it was maximised, and each split pane's divider
 * positions by the pane's id. Sizes live beside it in {@link ConsolePreferences}.
 */
public record WindowLayout(Double x, Double y, boolean maximized, Map<String, List<Double>> dividers) {
  public static final WindowLayout NONE = new WindowLayout(null, null, false, Map.of());

  public WindowLayout {
    dividers = dividers == null ? Map.of() : Map.copyOf(dividers);
  }

  /** The layout in {@code values} (as read from YAML); anything odd is left out rather than failing. */
  static WindowLayout read(Map<?, ?> values) {
    Double x = values.get("x") instanceof Number number ? number.doubleValue() : null;
    Double y = values.get("y") instanceof Number number ? number.doubleValue() : null;
    Map<String, List<Double>> dividers = new LinkedHashMap<>();
    if (values.get("dividers") instanceof Map<?, ?> panes) {
      panes.forEach((id, positions) -> {
        List<Double> valid = fractions(positions);
        if (id instanceof String name && !valid.isEmpty()) dividers.put(name, valid);
      });
    }
    return new WindowLayout(x, y, Boolean.TRUE.equals(values.get("maximized")), dividers);
  }

  private static List<Double> fractions(Object positions) {
    if (!(positions instanceof List<?> list)) return List.of();
    List<Double> fractions = list.stream().filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue())
        .filter(f -> f > 0 && f < 1).toList();
    return fractions.size() == list.size() ? fractions : List.of();
  }

  void writeTo(Map<String, Object> values) {
    if (x != null && y != null) {
      values.put("x", Math.round(x));
      values.put("y", Math.round(y));
    }
    values.put("maximized", maximized);
    Map<String, List<Double>> rounded = new LinkedHashMap<>();
    dividers.forEach((id, positions) -> rounded.put(id, positions.stream().map(p -> Math.round(p * 1000) / 1000.0).toList()));
    values.put("dividers", rounded);
  }

  /** The old divider positions, overwritten by {@code latest} (a screen never built this run keeps its old ones). */
  public WindowLayout with(Double nextX, Double nextY, boolean nextMaximized, Map<String, List<Double>> latest) {
    Map<String, List<Double>> merged = new LinkedHashMap<>(dividers);
    merged.putAll(latest);
    return new WindowLayout(nextX, nextY, nextMaximized, merged);
  }
}

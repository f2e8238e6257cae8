package dev.eventscope.console.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One look of the console: a JavaFX stylesheet and a GraphStream stylesheet with matching colours,
 * both from the {@code themes} module (on the class path under {@code dev/eventscope/themes/}).
 */
public enum Theme {
  LIGHT("light", "Light"),
  DARK("dark", "Dark"),
  HIGH_CONTRAST("high-contrast", "High contrast");

  private static final String ROOT = "/dev/eventscope/themes/";
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

  private final String id;
  private final String displayName;

  Theme(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The name used on the command line and in settings: {@code light}, {@code dark}, {@code high-contrast}. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The JavaFX stylesheet's URL, as {@code Scene.getStylesheets()} wants it. */
  public String stylesheet() {
    return resource(ROOT + id + ".css").toExternalForm();
  }

  /**
   * The GraphStream stylesheet's text (GraphStream takes the CSS itself, not a URL), without
   * comments: GraphStream's parser fails on a multi-line comment.
   */
  public String graphStylesheet() {
    try (InputStream in = resource(ROOT + "graph/" + id + ".css").openStream()) {
      return COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the graph stylesheet of theme " + id, e);
    }
  }

  /** Accepts {@code dark}, {@code DARK}, {@code high-contrast} and {@code high_contrast}. */
  public static Theme parse(String name) {
    if (name == null || name.isBlank()) return LIGHT;
    String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Theme theme : values()) {
      if (theme.id.equals(wanted)) return theme;
    }
    throw new IllegalArgumentException("unknown theme '" + name + "' (light, dark or high-contrast)");
  }

  private static URL resource(String path) {
    URL url = Theme.class.getResource(path);
    if (url == null) throw new IllegalStateException(path + " is not on the class path (is eventscope-themes a dependency?)");
    return url;
  }

  @Override
  public String toString() {
    return displayName;
  }
}

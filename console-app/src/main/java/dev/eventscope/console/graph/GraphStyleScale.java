package dev.eventscope.console.graph;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scales the sizes in a GraphStream stylesheet — text, nodes, label boxes, arrows — so the graph
 * reads from the back of a room in presentation mode. The graph's margin stays: a wider one only
 * squeezes the layout. Colours, widths of strokes and everything
 * else stay as the theme has them; the theme files remain the one place that says how it looks.
 */
final class GraphStyleScale {
  private static final Pattern SIZED = Pattern.compile("(?<![\\w-])(text-size|size|arrow-size)(\\s*:\\s*)([^;}]+)");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private GraphStyleScale() {
  }

  static String scale(String css, double factor) {
    Matcher sized = SIZED.matcher(css);
    StringBuilder out = new StringBuilder();
    while (sized.find()) {
      String values = NUMBER.matcher(sized.group(3)).replaceAll(number -> format(Double.parseDouble(number.group()) * factor));
      sized.appendReplacement(out, Matcher.quoteReplacement(sized.group(1) + sized.group(2) + values));
    }
    sized.appendTail(out);
    return out.toString();
  }

  private static String format(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
  }
}

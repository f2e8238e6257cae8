package dev.eventscope.services.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts (no scripts, no downloads), so a report is one file that prints well. */
final class Svg {
  static final int WIDTH = 640;
  static final int HEIGHT = 220;
  private static final int LEFT = 48;
  private static final int BOTTOM = 28;
  private static final int TOP = 12;

  private Svg() {}

  /** A line per series over a shared x axis (seconds). */
  record Line(String label, String color, List<double[]> points) {}

  static String lines(String yLabel, List<Line> lines) {
    double maxX = 1;
    double maxY = 1;
    for (Line line : lines) {
      for (double[] p : line.points()) {
        maxX = Math.max(maxX, p[0]);
        maxY = Math.max(maxY, p[1]);
      }
    }
    maxY = nice(maxY);
    StringBuilder svg = open();
    axes(svg, maxY, yLabel, "seconds", maxX);
    int legendX = LEFT + 8;
    for (Line line : lines) {
      StringBuilder path = new StringBuilder();
      for (double[] p : line.points()) {
        path.append(path.length() == 0 ? "M" : " L").append(fmt(x(p[0], maxX))).append(',').append(fmt(y(p[1], maxY)));
      }
      if (path.length() > 0) {
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(line.color()).append("\" stroke-width=\"2\"/>");
      }
      svg.append("<rect x=\"").append(legendX).append("\" y=\"").append(TOP).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(line.color()).append("\"/><text x=\"").append(legendX + 14).append("\" y=\"").append(TOP + 9).append("\">")
          .append(Html.escape(line.label())).append("</text>");
      legendX += 24 + line.label().length() * 7;
    }
    return svg.append("</svg>").toString();
  }

  /** Labelled bars. */
  record Bar(String label, double value, String color) {}

  static String bars(String yLabel, List<Bar> bars) {
    double maxY = nice(bars.stream().mapToDouble(Bar::value).max().orElse(1));
    StringBuilder svg = open();
    axes(svg, maxY, yLabel, null, 0);
    double slot = (WIDTH - LEFT - 8) / (double) Math.max(1, bars.size());
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double x = LEFT + i * slot + slot * 0.15;
      double top = y(bar.value(), maxY);
      svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(top)).append("\" width=\"").append(fmt(slot * 0.7))
          .append("\" height=\"").append(fmt(HEIGHT - BOTTOM - top)).append("\" fill=\"").append(bar.color()).append("\"/>");
      svg.append("<text x=\"").append(fmt(x + slot * 0.35)).append("\" y=\"").append(HEIGHT - BOTTOM + 14)
          .append("\" text-anchor=\"middle\">").append(Html.escape(bar.label())).append("</text>");
      svg.append("<text x=\"").append(fmt(x + slot * 0.35)).append("\" y=\"").append(fmt(top - 3))
          .append("\" text-anchor=\"middle\">").append(fmt(bar.value())).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open() {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
        + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" font-family=\"sans-serif\" font-size=\"11\">");
  }

  private static void axes(StringBuilder svg, double maxY, String yLabel, String xLabel, double maxX) {
    int bottom = HEIGHT - BOTTOM;
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - 8)
        .append("\" y2=\"").append(bottom).append("\" stroke=\"#888\"/>");
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
        .append("\" y2=\"").append(bottom).append("\" stroke=\"#888\"/>");
    for (int i = 0; i <= 4; i++) {
      double value = maxY * i / 4;
      double y = y(value, maxY);
      svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"").append(WIDTH - 8)
          .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#eee\"/>");
      svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">")
          .append(fmt(value)).append("</text>");
    }
    svg.append("<text x=\"").append(WIDTH - 8).append("\" y=\"").append(TOP + 9).append("\" text-anchor=\"end\" fill=\"#667\">")
        .append(Html.escape(yLabel)).append("</text>");
    if (xLabel != null) {
      svg.append("<text x=\"").append(WIDTH - 8).append("\" y=\"").append(HEIGHT - 4).append("\" text-anchor=\"end\">")
          .append(fmt(maxX)).append(' ').append(Html.escape(xLabel)).append("</text>");
      svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 4).append("\">0</text>");
    }
  }

  private static double x(double value, double maxX) {
    return LEFT + value / maxX * (WIDTH - LEFT - 8);
  }

  private static double y(double value, double maxY) {
    return HEIGHT - BOTTOM - value / maxY * (HEIGHT - BOTTOM - TOP - 14);
  }

  /** A round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at least {@code value}. */
  static double nice(double value) {
    if (value <= 0) return 1;
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (step * power >= value) return step * power;
    }
    return 10 * power;
  }

  static String fmt(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) return Long.toString((long) value);
    return String.format(Locale.ROOT, "%.1f", value);
  }
}

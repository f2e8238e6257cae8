package dev.eventscope.runtime.metrics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The runtime's counters in Prometheus text, both ways: the name a dotted camel-case counter gets
 * ({@code events.duplicatesSuppressed} → {@code eventscope_events_duplicates_suppressed}) and the
 * samples of a {@code /metrics} page read back (what a console or a fleet check reads from a
 * process it does not run).
 */
public final class PrometheusSamples {
  private PrometheusSamples() {}

  /** The metric name of a dotted runtime counter, without the {@code _total} a counter's sample adds. */
  public static String name(String dotted) {
    String snake = dotted.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    return "eventscope_" + snake.replaceAll("[^a-z0-9_]", "_");
  }

  /** The sample name of a dotted runtime counter: {@code eventscope_events_published_total}. */
  public static String counter(String dotted) {
    return name(dotted) + "_total";
  }

  /** Every {@code name value} sample of a Prometheus text; comments and lines that do not parse are skipped. */
  public static Map<String, Long> parse(String text) {
    Map<String, Long> values = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      int space = line.lastIndexOf(' ');
      if (space <= 0) continue;
      try {
        values.put(line.substring(0, space).strip(), (long) Double.parseDouble(line.substring(space + 1).strip()));
      } catch (NumberFormatException e) {
        // Not a plain sample: skip it.
      }
    }
    return values;
  }
}

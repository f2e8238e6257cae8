package dev.eventscope.api;

import dev.eventscope.runtime.metrics.PrometheusSamples;
import java.util.Map;
import java.util.TreeMap;

/** The Prometheus text exposition format (0.0.4) for counters and gauges. */
final class PrometheusText {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final StringBuilder out = new StringBuilder();

  /** The runtime's dotted camel-case counters ({@code events.duplicatesSuppressed}) as {@code eventscope_events_duplicates_suppressed_total}. */
  PrometheusText counters(Map<String, Long> snapshot) {
    new TreeMap<>(snapshot).forEach((name, value) -> counter(PrometheusSamples.name(name), "Eventscope runtime counter " + name, value));
    return this;
  }

  PrometheusText counter(String name, String help, long value) {
    return sample(name + "_total", "counter", help, value);
  }

  PrometheusText gauge(String name, String help, long value) {
    return sample(name, "gauge", help, value);
  }

  private PrometheusText sample(String name, String type, String help, long value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    out.append(name).append(' ').append(value).append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

package dev.eventscope.console.remote;

import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.metrics.PrometheusSamples;
import java.util.Map;

/**
 * The served system's runtime counters, read from its {@code GET /metrics} text (Prometheus 0.0.4),
 * where {@code commands.sent} is {@code eventscope_commands_sent_total}. A counter not listed has not
 * moved yet (0); before a first read ({@link #UNKNOWN}) every count is -1.
 */
public record ServedCounters(Map<String, Long> values, boolean read) {
  public static final ServedCounters UNKNOWN = new ServedCounters(Map.of(), false);

  /** Reads the sample lines ({@code name value}); comments and lines that do not parse are skipped. */
  public static ServedCounters parse(String text) {
    return new ServedCounters(Map.copyOf(PrometheusSamples.parse(text)), true);
  }

  /** A runtime counter by its {@link Metrics} name ({@code commands.sent}); -1 before a first read. */
  public long get(String metric) {
    return read ? values.getOrDefault(PrometheusSamples.counter(metric), 0L) : -1;
  }

  /** Hops the served tracer did not hand on: dropped, or sampled out while flooded; -1 before a first read. */
  public long hopsDropped() {
    return read ? values.getOrDefault("eventscope_hops_dropped_total", 0L) + values.getOrDefault("eventscope_hops_sampled_out_total", 0L) : -1;
  }
}

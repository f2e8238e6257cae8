package dev.eventscope.console.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.metrics.Metrics;
import org.junit.jupiter.api.Test;

class ServedCountersTest {
  private static final String METRICS = """
      # HELP eventscope_commands_sent_total Eventscope runtime counter commands.sent
      # TYPE eventscope_commands_sent_total counter
      eventscope_commands_sent_total 12
      eventscope_events_dead_lettered_total 2
      eventscope_hops_dropped_total 3
      eventscope_hops_sampled_out_total 40
      eventscope_bus_healthy 1
      """;

  @Test
  void reads_runtime_counters_by_their_dotted_names_and_counts_unlisted_ones_as_zero() {
    ServedCounters counters = ServedCounters.parse(METRICS);

    assertThat(counters.get(Metrics.COMMANDS_SENT)).isEqualTo(12);
    assertThat(counters.get(Metrics.DEAD_LETTERED)).isEqualTo(2);
    assertThat(counters.get(Metrics.COMMANDS_FAILED)).isZero();
  }

  @Test
  void hops_not_drawn_are_the_dropped_ones_and_those_of_flows_sampled_out() {
    assertThat(ServedCounters.parse(METRICS).hopsDropped()).isEqualTo(43);
  }

  @Test
  void before_a_first_read_every_count_is_unknown() {
    assertThat(ServedCounters.UNKNOWN.get(Metrics.COMMANDS_SENT)).isEqualTo(-1);
    assertThat(ServedCounters.UNKNOWN.hopsDropped()).isEqualTo(-1);
  }
}

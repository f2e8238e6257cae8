package dev.eventscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.metrics.PrometheusSamples;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TraceIndexTest {
  private static Hop hop(UUID correlation) {
    return new Hop("mediator", "handler:PlaceOrder", UUID.randomUUID(), "PlaceOrder", correlation, null, 0, 1, Outcome.OK, null, false);
  }

  @Test
  void forgets_the_least_recently_used_flow_first() {
    TraceIndex index = new TraceIndex(2, 10);
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();
    index.onHops(List.of(hop(a), hop(b)));
    index.flow(a);
    index.onHops(List.of(hop(c)));
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.flow(a)).hasSize(1);
    assertThat(index.flow(b)).isEmpty();
  }

  @Test
  void keeps_at_most_the_hop_limit_per_flow() {
    TraceIndex index = new TraceIndex(2, 3);
    UUID a = UUID.randomUUID();
    for (int i = 0; i < 10; i++) index.onHops(List.of(hop(a)));
    assertThat(index.flow(a)).hasSize(3);
  }

  @Test
  void names_prometheus_metrics_in_snake_case() {
    assertThat(PrometheusSamples.name("events.duplicatesSuppressed")).isEqualTo("eventscope_events_duplicates_suppressed");
    assertThat(new PrometheusText().counter("eventscope_x", "help", 3).toString())
        .isEqualTo("# HELP eventscope_x_total help\n# TYPE eventscope_x_total counter\neventscope_x_total 3\n");
  }
}

package dev.eventscope.runtime.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FlowTracerTest {
  @Test
  void a_flooded_tracer_samples_whole_flows_counts_what_it_left_out_and_keeps_every_failure() {
    try (FlowTracer tracer = new FlowTracer(1 << 16, true, 2_000)) {
      List<Hop> seen = new CopyOnWriteArrayList<>();
      tracer.addListener(seen::addAll);
      long offered = 0;
      long failures = 0;
      long until = System.nanoTime() + Duration.ofMillis(1_500).toNanos();
      while (System.nanoTime() < until) {
        UUID flow = UUID.randomUUID();
        tracer.record(hop(flow, "mediator", Outcome.OK));
        tracer.record(hop(flow, "handler:PlaceOrder", Outcome.OK));
        offered += 2;
        if (offered % 1_000 == 0) {
          tracer.record(hop(flow, "handler:PlaceOrder", Outcome.REJECTED));
          offered++;
          failures++;
        }
      }
      long offeredHops = offered;
      await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == tracer.recordedCount());

      assertThat(tracer.keepsOneFlowIn()).isGreaterThan(1);
      assertThat(tracer.sampledOutCount()).isPositive();
      assertThat(tracer.recordedCount() + tracer.sampledOutCount() + tracer.droppedCount()).isEqualTo(offeredHops);
      assertThat(seen.stream().filter(hop -> hop.outcome() == Outcome.REJECTED).count()).isEqualTo(failures);
    }
  }

  @Test
  void a_tracer_under_its_budget_keeps_every_hop() {
    try (FlowTracer tracer = new FlowTracer(1_024, true, 1_000_000)) {
      List<Hop> seen = new CopyOnWriteArrayList<>();
      tracer.addListener(seen::addAll);
      for (int i = 0; i < 500; i++) tracer.record(hop(UUID.randomUUID(), "mediator", Outcome.OK));

      await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 500);
      assertThat(tracer.sampledOutCount()).isZero();
      assertThat(tracer.keepsOneFlowIn()).isEqualTo(1);
    }
  }

  private static Hop hop(UUID flow, String to, Outcome outcome) {
    return new Hop("api", to, UUID.randomUUID(), "PlaceOrder", flow, flow, 0, 1, outcome, null, false);
  }
}

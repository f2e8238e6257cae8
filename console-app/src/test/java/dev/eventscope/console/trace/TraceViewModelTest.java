package dev.eventscope.console.trace;

import static dev.eventscope.console.ui.HopFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.trace.Outcome;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TraceViewModelTest {
  private final TraceViewModel viewModel = new TraceViewModel();
  private final UUID flow = UUID.randomUUID();
  private final UUID event = UUID.randomUUID();

  private void tick(long now) {
    Runnable update = viewModel.onTick(now);
    if (update != null) update.run();
  }

  @Test
  void finds_a_flow_by_the_characters_people_see_and_grows_it_live() {
    viewModel.acceptHops(List.of(step(flow, flow, null, "PlaceOrder", "console", "mediator", 1_000, 10, Outcome.OK)));
    viewModel.show(flow.toString().substring(28));
    tick(1_000);
    assertThat(viewModel.treeProperty().get().messages()).isEqualTo(1);

    viewModel.acceptHops(List.of(step(flow, event, flow, "OrderPlaced", "aggregate:Order", "store", 1_100, 10, Outcome.OK)));
    tick(1_100);

    assertThat(viewModel.treeProperty().get().messages()).isEqualTo(2);
    assertThat(viewModel.messageProperty().get()).isEqualTo("2 messages, 2 hops over 110 µs");
  }

  @Test
  void says_so_when_nothing_matches() {
    viewModel.show("deadbeef");
    tick(1_000);

    assertThat(viewModel.treeProperty().get()).isNull();
    assertThat(viewModel.messageProperty().get()).contains("No hops seen for 'deadbeef'");
  }

  @Test
  void lists_recent_flows_newest_first_with_what_started_them() {
    UUID older = UUID.randomUUID();
    viewModel.acceptHops(List.of(step(older, older, null, "RestockItem", "console", "mediator", 500, 10, Outcome.OK),
        step(flow, event, flow, "OrderPlaced", "aggregate:Order", "store", 1_100, 10, Outcome.OK),
        step(flow, flow, null, "PlaceOrder", "console", "mediator", 1_000, 10, Outcome.FAILED)));
    tick(1_000);

    assertThat(viewModel.recentFlows()).extracting(FlowSummary::rootType).containsExactly("PlaceOrder", "RestockItem");
    assertThat(viewModel.recentFlows().get(0).errors()).isEqualTo(1);
  }
}

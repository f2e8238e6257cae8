package dev.eventscope.console.graph;

import static dev.eventscope.console.ui.HopFixture.failed;
import static dev.eventscope.console.ui.HopFixture.hop;
import static dev.eventscope.console.ui.HopFixture.replayed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowGraphModelTest {
  private final FlowGraphModel model = new FlowGraphModel();

  @Test
  void aggregates_a_batch_into_one_edge_per_from_to_pair_with_counts() {
    model.accept(List.of(
        hop("simulator", "mediator"), hop("simulator", "mediator"), hop("simulator", "mediator"),
        hop("mediator", "handler:PlaceOrder"), hop("mediator", "handler:PlaceOrder"), hop("mediator", "handler:PlaceOrder")));

    GraphFrame frame = model.tick(1_000);

    assertThat(frame.nodes()).extracting(GraphFrame.NodeFrame::id).containsExactlyInAnyOrder("simulator", "mediator", "handler:PlaceOrder");
    assertThat(frame.edges()).extracting(GraphFrame.EdgeFrame::id, GraphFrame.EdgeFrame::count)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("simulator->mediator", 3L),
            org.assertj.core.groups.Tuple.tuple("mediator->handler:PlaceOrder", 3L));
  }

  @Test
  void an_edge_with_replayed_traffic_is_marked_replay_until_it_has_been_quiet_a_while() {
    model.accept(List.of(hop("bus:memory", "subscriber:order-summary"), replayed("replay", "subscriber:order-summary")));

    GraphFrame frame = model.tick(1_000);

    assertThat(edge(frame, "replay->subscriber:order-summary").replay()).isTrue();
    assertThat(edge(frame, "bus:memory->subscriber:order-summary").replay()).isFalse();
    assertThat(edge(model.tick(1_000 + FlowGraphModel.REPLAY_HOLD_MILLIS + 1), "replay->subscriber:order-summary").replay()).isFalse();
  }

  @Test
  void counts_keep_adding_up_over_ticks() {
    model.accept(List.of(hop("simulator", "mediator")));
    model.tick(1_000);
    model.accept(List.of(hop("simulator", "mediator"), hop("simulator", "mediator")));

    assertThat(edge(model.tick(1_100), "simulator->mediator").count()).isEqualTo(3);
  }

  @Test
  void an_edge_pulses_on_traffic_and_fades_when_idle() {
    model.accept(List.of(hop("simulator", "mediator")));
    float pulse = edge(model.tick(1_000), "simulator->mediator").activity();

    float afterHalfASecond = 0;
    for (long now = 1_100; now <= 1_500; now += 100) afterHalfASecond = edge(model.tick(now), "simulator->mediator").activity();
    float afterFiveSeconds = 0;
    for (long now = 1_600; now <= 6_000; now += 100) afterFiveSeconds = edge(model.tick(now), "simulator->mediator").activity();

    assertThat(pulse).isEqualTo(1f);
    assertThat(afterHalfASecond).isBetween(0.3f, 0.7f);
    assertThat(afterFiveSeconds).isZero();
  }

  @Test
  void fading_depends_on_time_not_on_how_often_it_ticks() {
    FlowGraphModel slow = new FlowGraphModel();
    model.accept(List.of(hop("a", "mediator")));
    slow.accept(List.of(hop("a", "mediator")));
    model.tick(1_000);
    slow.tick(1_000);
    for (long now = 1_100; now <= 2_000; now += 100) model.tick(now);

    assertThat(edge(slow.tick(2_000), "a->mediator").activity())
        .isCloseTo(edge(model.tick(2_000), "a->mediator").activity(), org.assertj.core.data.Offset.offset(0.01f));
  }

  @Test
  void the_rate_follows_traffic_and_the_label_shows_count_and_rate() {
    for (long now = 1_000; now <= 5_000; now += 100) {
      model.accept(List.of(hop("simulator", "mediator")));
      model.tick(now);
    }
    GraphFrame.EdgeFrame busy = edge(model.tick(5_100), "simulator->mediator");

    assertThat(busy.ratePerSecond()).isBetween(7.0, 10.5);
    assertThat(busy.label()).startsWith("41 · ").endsWith("/s");
  }

  @Test
  void presentation_labels_show_the_count_alone_while_traffic_flows() {
    model.usePresentationLabels(true);
    for (long now = 1_000; now <= 3_000; now += 100) {
      model.accept(List.of(hop("simulator", "mediator")));
      model.tick(now);
    }

    assertThat(edge(model.tick(3_100), "simulator->mediator").label()).isEqualTo("21");
    model.usePresentationLabels(false);
    assertThat(edge(model.tick(3_200), "simulator->mediator").label()).startsWith("21 · ").endsWith("/s");
  }

  @Test
  void an_idle_edge_drops_its_rate_from_the_label() {
    model.accept(List.of(hop("simulator", "mediator")));
    GraphFrame frame = model.tick(1_000);
    for (long now = 1_100; now <= 30_000; now += 100) frame = model.tick(now);

    assertThat(edge(frame, "simulator->mediator").label()).isEqualTo("1");
  }

  @Test
  void failed_rejected_and_parked_hops_mark_the_edge_as_an_error_for_a_while() {
    model.accept(List.of(hop("mediator", "handler:PlaceOrder"), failed("mediator", "handler:PlaceOrder", Outcome.REJECTED),
        failed("bus:memory", "subscriber:order-summary", Outcome.PARKED), hop("simulator", "mediator"),
        failed("simulator", "mediator", Outcome.DUPLICATE)));

    GraphFrame now = model.tick(1_000);
    GraphFrame later = now;
    for (long t = 1_100; t <= 1_000 + FlowGraphModel.ERROR_HOLD_MILLIS + 100; t += 100) later = model.tick(t);

    assertThat(edge(now, "mediator->handler:PlaceOrder").error()).isTrue();
    assertThat(edge(now, "mediator->handler:PlaceOrder").label()).startsWith("2 · ").endsWith(" · ✗1");
    assertThat(edge(now, "bus:memory->subscriber:order-summary").error()).isTrue();
    assertThat(edge(now, "simulator->mediator").error()).as("a duplicate is absorbed, not an error").isFalse();
    assertThat(edge(later, "mediator->handler:PlaceOrder").error()).isFalse();
    assertThat(edge(later, "mediator->handler:PlaceOrder").errors()).isEqualTo(1);
  }

  @Test
  void the_details_of_an_edge_list_its_recent_messages_newest_first() {
    List<Hop> hops = new ArrayList<>();
    for (int i = 0; i < RecentHops.CAPACITY + 5; i++) hops.add(hop("mediator", "handler:PlaceOrder"));
    model.accept(hops);

    SelectionDetails details = model.details(FlowSelection.edge("mediator", "handler:PlaceOrder")).orElseThrow();

    assertThat(details.recent()).hasSize(RecentHops.CAPACITY);
    assertThat(details.recent().get(0)).isEqualTo(hops.get(hops.size() - 1));
    assertThat(details.figures()).contains("messages: 55");
  }

  @Test
  void a_sender_shows_what_it_sent_and_a_receiver_what_it_received() {
    Hop sent = hop("simulator", "mediator");
    model.accept(List.of(sent));

    assertThat(model.details(FlowSelection.node("simulator")).orElseThrow().recent()).containsExactly(sent);
    assertThat(model.details(FlowSelection.node("mediator")).orElseThrow().recent()).containsExactly(sent);
    assertThat(model.details(FlowSelection.node("nowhere"))).isEmpty();
  }

  @Test
  void the_layout_version_moves_only_when_nodes_or_edges_appear() {
    model.accept(List.of(hop("simulator", "mediator")));
    int first = model.tick(1_000).layoutVersion();
    model.accept(List.of(hop("simulator", "mediator")));
    int same = model.tick(1_100).layoutVersion();
    model.accept(List.of(hop("mediator", "handler:PlaceOrder")));
    int moved = model.tick(1_200).layoutVersion();

    assertThat(same).isEqualTo(first);
    assertThat(moved).isGreaterThan(first);
  }

  static GraphFrame.EdgeFrame edge(GraphFrame frame, String id) {
    return frame.edges().stream().filter(edge -> edge.id().equals(id)).findFirst().orElseThrow();
  }
}

package dev.eventscope.console.trace;

import static dev.eventscope.console.ui.HopFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TraceTreeModelTest {
  private final UUID placeOrder = UUID.randomUUID();
  private final UUID orderPlaced = UUID.randomUUID();
  private final UUID reserveStock = UUID.randomUUID();
  private final UUID stockReserved = UUID.randomUUID();
  private final UUID authorize = UUID.randomUUID();

  /** PlaceOrder → OrderPlaced → (saga) ReserveStock → StockReserved → (saga) AuthorizePayment, rejected. */
  private List<Hop> flow() {
    UUID flow = placeOrder;
    return List.of(
        step(flow, placeOrder, null, "PlaceOrder", "simulator", "mediator", 1_000, 900, Outcome.OK),
        step(flow, placeOrder, null, "PlaceOrder", "mediator", "handler:PlaceOrder", 1_010, 880, Outcome.OK),
        step(flow, placeOrder, null, "PlaceOrder", "handler:PlaceOrder", "aggregate:Order", 1_020, 800, Outcome.OK),
        step(flow, orderPlaced, placeOrder, "OrderPlaced", "aggregate:Order", "store", 1_500, 200, Outcome.OK),
        step(flow, orderPlaced, placeOrder, "OrderPlaced", "store", "outbox", 2_000, 10, Outcome.OK),
        step(flow, orderPlaced, placeOrder, "OrderPlaced", "outbox", "bus:memory", 2_010, 10, Outcome.OK),
        step(flow, orderPlaced, placeOrder, "OrderPlaced", "bus:memory", "subscriber:fulfilment", 2_100, 300, Outcome.OK),
        step(flow, reserveStock, orderPlaced, "ReserveStock", "saga:fulfilment", "mediator", 2_200, 150, Outcome.OK),
        step(flow, reserveStock, orderPlaced, "ReserveStock", "mediator", "handler:ReserveStock", 2_210, 140, Outcome.OK),
        step(flow, stockReserved, reserveStock, "StockReserved", "aggregate:StockItem", "store", 2_300, 40, Outcome.OK),
        step(flow, authorize, stockReserved, "AuthorizePayment", "saga:fulfilment", "mediator", 3_000, 100, Outcome.OK),
        step(flow, authorize, stockReserved, "AuthorizePayment", "mediator", "handler:AuthorizePayment", 3_010, 90, Outcome.REJECTED));
  }

  @Test
  void builds_the_causation_chain_command_event_saga_command_event() {
    TraceTree tree = TraceTreeModel.build(placeOrder, flow());

    assertThat(tree.roots()).singleElement().satisfies(root -> {
      assertThat(root.messageType()).isEqualTo("PlaceOrder");
      TraceNode placed = root.children().get(0);
      assertThat(placed.messageType()).isEqualTo("OrderPlaced");
      TraceNode reserve = placed.children().get(0);
      assertThat(reserve.messageType()).isEqualTo("ReserveStock");
      assertThat(reserve.origin()).isEqualTo("saga:fulfilment");
      assertThat(reserve.children().get(0).messageType()).isEqualTo("StockReserved");
      assertThat(reserve.children().get(0).children().get(0).messageType()).isEqualTo("AuthorizePayment");
    });
    assertThat(tree.messages()).isEqualTo(5);
    assertThat(tree.hops()).isEqualTo(12);
  }

  @Test
  void hops_in_any_order_give_the_same_tree() {
    List<Hop> shuffled = new ArrayList<>(flow());
    Collections.shuffle(shuffled, new Random(7));

    assertThat(TraceTreeModel.build(placeOrder, shuffled)).isEqualTo(TraceTreeModel.build(placeOrder, flow()));
  }

  @Test
  void each_message_keeps_its_hops_in_time_order_with_their_timings() {
    List<Hop> reversed = new ArrayList<>(flow());
    Collections.reverse(reversed);

    TraceNode placed = TraceTreeModel.build(placeOrder, reversed).roots().get(0).children().get(0);

    assertThat(placed.hops()).extracting(Hop::to).containsExactly("store", "outbox", "bus:memory", "subscriber:fulfilment");
    assertThat(placed.startedAtMicros()).isEqualTo(1_500);
    assertThat(placed.spanMicros()).isEqualTo(2_400 - 1_500);
  }

  @Test
  void a_command_starts_at_its_sender_even_when_its_hops_are_timed_a_microsecond_apart_the_wrong_way() {
    UUID flow = UUID.randomUUID();
    UUID command = UUID.randomUUID();
    List<Hop> hops = List.of(
        step(flow, command, null, "ScheduleShipment", "mediator", "handler:ScheduleShipment", 999, 60, Outcome.OK),
        step(flow, command, null, "ScheduleShipment", "saga:fulfilment", "mediator", 1_000, 1, Outcome.OK),
        step(flow, command, null, "ScheduleShipment", "handler:ScheduleShipment", "aggregate:Shipment", 1_001, 50, Outcome.OK));

    TraceNode node = TraceTreeModel.build(flow, hops).roots().get(0);

    assertThat(node.origin()).isEqualTo("saga:fulfilment");
    assertThat(node.destination()).isEqualTo("aggregate:Shipment");
    assertThat(node.hops()).extracting(Hop::from).containsExactly("saga:fulfilment", "mediator", "handler:ScheduleShipment");
  }

  @Test
  void a_message_takes_the_worst_outcome_of_its_hops() {
    TraceNode authorizeNode = TraceTreeModel.build(placeOrder, flow()).roots().get(0)
        .children().get(0).children().get(0).children().get(0).children().get(0);

    assertThat(authorizeNode.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(authorizeNode.detail()).isEqualTo("why");
  }

  @Test
  void a_message_whose_cause_was_not_seen_becomes_a_root_marked_as_such() {
    List<Hop> withoutTheEvent = flow().stream().filter(hop -> !hop.messageId().equals(orderPlaced)).toList();

    TraceTree tree = TraceTreeModel.build(placeOrder, withoutTheEvent);

    assertThat(tree.roots()).extracting(TraceNode::messageType).containsExactly("PlaceOrder", "ReserveStock");
    assertThat(tree.roots().get(1).causeMissing()).isTrue();
    assertThat(tree.roots().get(0).causeMissing()).isFalse();
  }

  @Test
  void hops_of_other_flows_are_left_out() {
    List<Hop> mixed = new ArrayList<>(flow());
    UUID other = UUID.randomUUID();
    mixed.add(step(other, other, null, "RestockItem", "console", "mediator", 500, 10, Outcome.OK));

    assertThat(TraceTreeModel.build(placeOrder, mixed).messages()).isEqualTo(5);
  }

  @Test
  void messages_that_claim_to_cause_each_other_are_still_shown() {
    UUID flow = UUID.randomUUID();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    List<Hop> loop = List.of(step(flow, a, b, "A", "x", "y", 1, 1, Outcome.OK), step(flow, b, a, "B", "y", "z", 2, 1, Outcome.OK));

    TraceTree tree = TraceTreeModel.build(flow, loop);

    assertThat(tree.roots().stream().mapToInt(TraceNode::size).sum()).isEqualTo(2);
  }

  @Test
  void no_hops_make_an_empty_tree() {
    assertThat(TraceTreeModel.build(placeOrder, List.of()).isEmpty()).isTrue();
  }
}

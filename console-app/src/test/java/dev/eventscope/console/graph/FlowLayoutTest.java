package dev.eventscope.console.graph;

import static dev.eventscope.console.ui.HopFixture.hop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowLayoutTest {
  /** The nodes and edges of placing and fulfilling orders, as the tracer reports them. */
  static List<dev.eventscope.runtime.trace.Hop> orderFlow() {
    List<dev.eventscope.runtime.trace.Hop> hops = new ArrayList<>();
    for (String handler : List.of("PlaceOrder", "ConfirmOrder", "RestockItem", "ReserveStock", "AuthorizePayment", "ScheduleShipment")) {
      hops.add(hop("simulator", "mediator"));
      hops.add(hop("saga:fulfilment", "mediator"));
      hops.add(hop("mediator", "handler:" + handler));
    }
    hops.add(hop("handler:PlaceOrder", "aggregate:Order"));
    hops.add(hop("handler:ConfirmOrder", "aggregate:Order"));
    hops.add(hop("handler:RestockItem", "aggregate:StockItem"));
    hops.add(hop("handler:ReserveStock", "aggregate:StockItem"));
    hops.add(hop("handler:AuthorizePayment", "aggregate:Payment"));
    hops.add(hop("handler:ScheduleShipment", "aggregate:Shipment"));
    for (String aggregate : List.of("Order", "StockItem", "Payment", "Shipment")) hops.add(hop("aggregate:" + aggregate, "store"));
    hops.add(hop("store", "outbox"));
    hops.add(hop("outbox", "bus:memory"));
    for (String subscriber : List.of("order-summary", "stock-levels", "fulfilment", "notifications")) {
      hops.add(hop("bus:memory", "subscriber:" + subscriber));
    }
    return hops;
  }

  private Map<String, GraphFrame.NodeFrame> placed() {
    FlowGraphModel model = new FlowGraphModel();
    model.accept(orderFlow());
    Map<String, GraphFrame.NodeFrame> nodes = new HashMap<>();
    model.tick(1_000).nodes().forEach(node -> nodes.put(node.id(), node));
    return nodes;
  }

  @Test
  void columns_follow_a_commands_path_from_left_to_right() {
    Map<String, GraphFrame.NodeFrame> nodes = placed();

    assertThat(nodes.get("simulator").x()).isLessThan(nodes.get("mediator").x());
    assertThat(nodes.get("mediator").x()).isLessThan(nodes.get("handler:PlaceOrder").x());
    assertThat(nodes.get("handler:PlaceOrder").x()).isLessThan(nodes.get("aggregate:Order").x());
    assertThat(nodes.get("aggregate:Order").x()).isLessThan(nodes.get("store").x());
    assertThat(nodes.get("store").x()).isLessThan(nodes.get("subscriber:order-summary").x());
  }

  @Test
  void store_outbox_and_bus_stack_downwards_in_one_column() {
    Map<String, GraphFrame.NodeFrame> nodes = placed();

    assertThat(nodes.get("outbox").x()).isEqualTo(nodes.get("store").x()).isEqualTo(nodes.get("bus:memory").x());
    assertThat(nodes.get("store").y()).isLessThan(nodes.get("outbox").y());
    assertThat(nodes.get("outbox").y()).isLessThan(nodes.get("bus:memory").y());
  }

  @Test
  void handlers_are_grouped_by_aggregate_and_each_aggregate_sits_among_its_handlers() {
    Map<String, GraphFrame.NodeFrame> nodes = placed();
    double order = nodes.get("aggregate:Order").y();
    double place = nodes.get("handler:PlaceOrder").y();
    double confirm = nodes.get("handler:ConfirmOrder").y();
    double restock = nodes.get("handler:RestockItem").y();

    assertThat(order).isBetween(Math.min(place, confirm), Math.max(place, confirm));
    assertThat(Math.abs(place - confirm)).as("Order's handlers are neighbours").isLessThan(Math.abs(place - restock));
  }

  @Test
  void no_two_nodes_share_a_place() {
    Map<String, GraphFrame.NodeFrame> nodes = placed();

    assertThat(nodes.values().stream().map(node -> node.x() + "," + node.y()).distinct().count()).isEqualTo(nodes.size());
  }

  @Test
  void the_same_nodes_always_get_the_same_places() {
    assertThat(placed()).isEqualTo(placed());
  }

  @Test
  void edge_labels_keep_clear_of_node_names_in_a_fan_out() {
    FlowGraphModel model = new FlowGraphModel();
    model.accept(orderFlow());
    GraphFrame frame = model.tick(1_000);
    Map<String, FlowLayout.Placement> places = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    frame.nodes().forEach(node -> {
      places.put(node.id(), new FlowLayout.Placement(node.x(), node.y(), node.labelSide()));
      names.put(node.id(), node.label());
    });

    for (GraphFrame.EdgeFrame edge : frame.edges()) {
      if (!edge.from().equals("mediator")) continue;
      FlowLayout.Placement from = places.get(edge.from());
      FlowLayout.Placement to = places.get(edge.to());
      double t = edge.labelPosition();
      LabelPlacer.Box label = LabelPlacer.Box.centred(from.x() + t * (to.x() - from.x()), from.y() + t * (to.y() - from.y()),
          LabelPlacer.EDGE_CHAR_WIDTH * LabelPlacer.RESERVED_EDGE_CHARS, LabelPlacer.EDGE_LABEL_HEIGHT);
      places.forEach((id, place) -> assertThat(label.overlap(LabelPlacer.nameBox(place, names.get(id))))
          .as("label of %s over the name of %s", edge.id(), id).isZero());
    }
  }

  @Test
  void injected_faults_sit_below_the_bus_between_it_and_the_subscribers_they_strike() {
    FlowGraphModel model = new FlowGraphModel();
    List<dev.eventscope.runtime.trace.Hop> hops = new ArrayList<>(orderFlow());
    hops.add(hop("fault:dropped", "subscriber:order-summary"));
    hops.add(hop("fault:declined", "handler:AuthorizePayment"));
    model.accept(hops);
    Map<String, GraphFrame.NodeFrame> nodes = new HashMap<>();
    model.tick(1_000).nodes().forEach(node -> nodes.put(node.id(), node));

    for (String fault : List.of("fault:dropped", "fault:declined")) {
      assertThat(nodes.get(fault).x()).isGreaterThan(nodes.get("bus:memory").x()).isLessThan(nodes.get("subscriber:fulfilment").x());
      assertThat(nodes.get(fault).y()).isGreaterThan(nodes.get("bus:memory").y());
    }
    assertThat(NodeRole.of("fault:dropped")).isEqualTo(NodeRole.FAULT);
    assertThat(NodeRole.label("fault:dropped")).isEqualTo("dropped");
  }
}

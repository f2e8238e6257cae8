package dev.eventscope.console.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowHitTestTest {
  private final GraphFrame frame = new GraphFrame(
      List.of(new GraphFrame.NodeFrame("mediator", "mediator", NodeRole.MEDIATOR, 0, 0, LabelSide.UNDER, 1, 0),
          new GraphFrame.NodeFrame("handler:PlaceOrder", "PlaceOrder", NodeRole.HANDLER, 200, 100, LabelSide.UNDER, 1, 0)),
      List.of(new GraphFrame.EdgeFrame("mediator->handler:PlaceOrder", "mediator", "handler:PlaceOrder", "12 · 3.0/s", 0.75, 12, 3.0, 0,
          0f, false, false)),
      1);

  @Test
  void a_click_on_a_node_selects_it() {
    assertThat(FlowHitTest.at(frame, 3, -4, 1)).contains(FlowSelection.node("mediator"));
  }

  @Test
  void a_click_on_an_edge_label_selects_its_edge_wherever_along_the_edge_it_sits() {
    assertThat(FlowHitTest.at(frame, 150 + 20, 75 + 3, 1)).contains(FlowSelection.edge("mediator", "handler:PlaceOrder"));
  }

  @Test
  void a_click_within_a_few_pixels_of_an_edge_line_selects_the_edge() {
    assertThat(FlowHitTest.at(frame, 60, 30 + 3, 1)).contains(FlowSelection.edge("mediator", "handler:PlaceOrder"));
    assertThat(FlowHitTest.at(frame, 60, 30 + 12, 1)).isEmpty();
  }

  @Test
  void tolerances_are_pixels_so_they_shrink_in_layout_units_when_the_view_zooms_in() {
    assertThat(FlowHitTest.at(frame, 60, 33, 1)).isPresent();
    assertThat(FlowHitTest.at(frame, 60, 33, 4)).as("3 units are 12 px at 4 px per unit").isEmpty();
  }

  @Test
  void a_click_on_empty_space_selects_nothing() {
    assertThat(FlowHitTest.at(frame, 0, 300, 1)).isEmpty();
  }
}

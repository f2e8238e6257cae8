package dev.eventscope.console.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.theme.Theme;
import org.graphstream.ui.graphicGraph.stylesheet.StyleSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GraphStyleScaleTest {
  @Test
  void scales_text_node_label_and_arrow_sizes_but_not_colours_modes_strokes_or_the_margin() {
    String css = "graph { padding: 60px, 30px; }\n"
        + "node { size: 16px; text-size: 11; stroke-width: 2px; fill-color: #59636e; }\n"
        + "edge { size-mode: dyn-size; size: 1.5px; arrow-size: 9px, 4px; }\n"
        + "sprite.edgeLabel { size: 40px, 12px; text-size: 10; text-padding: 3px, 1px; }";

    String scaled = GraphStyleScale.scale(css, 1.5);

    assertThat(scaled).isEqualTo("graph { padding: 60px, 30px; }\n"
        + "node { size: 24px; text-size: 16.5; stroke-width: 2px; fill-color: #59636e; }\n"
        + "edge { size-mode: dyn-size; size: 2.3px; arrow-size: 13.5px, 6px; }\n"
        + "sprite.edgeLabel { size: 60px, 18px; text-size: 15; text-padding: 3px, 1px; }");
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void every_theme_scaled_for_presentation_still_parses_and_has_larger_labels(Theme theme) throws Exception {
    String scaled = GraphStyleScale.scale(theme.graphStylesheet(), FlowGraphView.PRESENTATION_SCALE);

    new StyleSheet().parseFromString(scaled);

    assertThat(scaled).isNotEqualTo(theme.graphStylesheet()).doesNotContain("text-size: 11;").contains("text-size: 15.4;");
  }
}

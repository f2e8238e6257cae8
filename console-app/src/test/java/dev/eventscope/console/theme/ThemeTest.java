package dev.eventscope.console.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.graphstream.ui.graphicGraph.stylesheet.StyleSheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ThemeTest {
  @ParameterizedTest
  @EnumSource(Theme.class)
  void each_theme_has_a_stylesheet_that_defines_the_shared_colours(Theme theme) throws Exception {
    String css = read(new URL(theme.stylesheet()));

    assertThat(css).contains("@import \"base.css\"");
    for (String colour : new String[] {"-es-bg", "-es-text", "-es-accent", "-es-error", "-es-ok", "-es-source", "-es-subscriber"}) {
      assertThat(css).as("%s defines %s", theme, colour).contains(colour + ":");
    }
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void each_graph_stylesheet_parses_in_graphstream(Theme theme) throws Exception {
    // GraphStream reports a bad stylesheet by throwing on the UI thread at every frame: catch it here.
    StyleSheet sheet = new StyleSheet();
    sheet.parseFromString(theme.graphStylesheet());

    assertThat(theme.graphStylesheet()).doesNotContain("/*").contains("edge.error", "sprite.edgeLabel", "node.handler");
  }

  @Test
  void every_style_class_the_views_set_is_styled_by_the_shared_stylesheet() throws Exception {
    String base = read(Theme.class.getResource("/dev/eventscope/themes/base.css"));

    for (String styleClass : new String[] {Styles.NAV_RAIL, Styles.NAV_BUTTON, Styles.STATUS_BAR, Styles.DETAILS_PANE, Styles.CARD,
        Styles.WELCOME, Styles.OUTCOME_ERROR, Styles.ERROR_TEXT, Styles.HEALTHY, Styles.UNHEALTHY, Styles.LEGEND_SWATCH}) {
      assertThat(base).as(styleClass).contains("." + styleClass);
    }
  }

  @Test
  void parses_the_names_people_type() {
    assertThat(Theme.parse("dark")).isEqualTo(Theme.DARK);
    assertThat(Theme.parse("HIGH_CONTRAST")).isEqualTo(Theme.HIGH_CONTRAST);
    assertThat(Theme.parse(null)).isEqualTo(Theme.LIGHT);
    assertThatThrownBy(() -> Theme.parse("neon")).hasMessageContaining("light, dark or high-contrast");
  }

  private static String read(URL url) throws Exception {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package dev.eventscope.console.trace;

import dev.eventscope.console.graph.Outcomes;
import dev.eventscope.console.theme.Styles;
import dev.eventscope.runtime.trace.Outcome;
import java.util.Locale;
import javafx.scene.Node;

/** Colours a row or cell by outcome: the theme's error colour for failed, rejected and parked. */
final class OutcomeStyles {
  private OutcomeStyles() {}

  static void apply(Node node, Outcome outcome) {
    node.getStyleClass().removeAll(Styles.OUTCOME_ERROR, Styles.OUTCOME_WARN);
    if (outcome == null) return;
    if (Outcomes.isError(outcome)) node.getStyleClass().add(Styles.OUTCOME_ERROR);
    else if (Outcomes.isWarning(outcome)) node.getStyleClass().add(Styles.OUTCOME_WARN);
  }

  static String text(Outcome outcome) {
    return outcome == null ? "" : outcome.name().toLowerCase(Locale.ROOT);
  }
}

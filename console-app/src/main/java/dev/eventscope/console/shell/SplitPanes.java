package dev.eventscope.console.shell;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

/**
 * Finds the split panes (with an id) inside screens, shown or not. A screen never shown has no
 * skin, so a split pane's items are not yet its children: they are searched as well.
 */
final class SplitPanes {
  private SplitPanes() {
  }

  static Map<String, SplitPane> in(Collection<? extends Node> roots) {
    Map<String, SplitPane> found = new LinkedHashMap<>();
    roots.forEach(root -> collect(root, found));
    return found;
  }

  private static void collect(Node node, Map<String, SplitPane> found) {
    if (node instanceof SplitPane split) {
      if (split.getId() != null) found.putIfAbsent(split.getId(), split);
      split.getItems().forEach(item -> collect(item, found));
    } else if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
    }
  }
}

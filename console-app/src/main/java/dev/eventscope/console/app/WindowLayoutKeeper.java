package dev.eventscope.console.app;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Moves a {@link WindowLayout} onto the real window and reads it back. A remembered position that
 * no screen shows any more (a monitor unplugged) is ignored, so the window never opens out of reach.
 */
final class WindowLayoutKeeper {
  private WindowLayoutKeeper() {
  }

  /** Before the stage is shown. */
  static void restoreWindow(WindowLayout layout, Stage stage, double width, double height) {
    if (layout.x() != null && layout.y() != null && !Screen.getScreensForRectangle(layout.x(), layout.y(), width, height).isEmpty()) {
      stage.setX(layout.x());
      stage.setY(layout.y());
    }
    stage.setMaximized(layout.maximized());
  }

  /**
   * Once shown: some window managers (openbox) map a new window at its minimum size whatever it
   * asked for, and a window opened maximised has no normal size to go back to; both get the
   * remembered one (at once, or when first un-maximised).
   */
  static void keepSize(Stage stage, double width, double height) {
    if (!stage.isMaximized()) {
      stage.setWidth(width);
      stage.setHeight(height);
      return;
    }
    stage.maximizedProperty().addListener(new ChangeListener<>() {
      @Override
      public void changed(ObservableValue<? extends Boolean> property, Boolean was, Boolean maximized) {
        if (maximized) return;
        property.removeListener(this);
        stage.setWidth(width);
        stage.setHeight(height);
      }
    });
  }

  /** Once the screens exist; a pane whose divider count changed since keeps its own positions. */
  static void restoreDividers(WindowLayout layout, Map<String, SplitPane> panes) {
    panes.forEach((id, pane) -> {
      List<Double> positions = layout.dividers().get(id);
      if (positions != null && positions.size() == pane.getDividers().size()) {
        pane.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
      }
    });
  }

  /** The layout now; a maximised window keeps the position it had before it was maximised. */
  static WindowLayout capture(WindowLayout before, Stage stage, Map<String, SplitPane> panes) {
    Map<String, List<Double>> dividers = new LinkedHashMap<>();
    panes.forEach((id, pane) -> dividers.put(id, Arrays.stream(pane.getDividerPositions()).boxed().toList()));
    if (stage.isMaximized()) return before.with(before.x(), before.y(), true, dividers);
    return before.with(stage.getX(), stage.getY(), false, dividers);
  }
}

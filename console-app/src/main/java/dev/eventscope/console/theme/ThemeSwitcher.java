package dev.eventscope.console.theme;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Holds the current theme and applies it: to the scene's stylesheets, and to whoever else listens
 * (the flow graph, which applies its GraphStream stylesheet on its own thread).
 */
public final class ThemeSwitcher {
  private final ObjectProperty<Theme> theme;
  private final List<Consumer<Theme>> listeners = new CopyOnWriteArrayList<>();

  public ThemeSwitcher(Theme initial) {
    this.theme = new SimpleObjectProperty<>(initial);
    theme.addListener((obs, old, next) -> {
      // The picker may clear its value while it rebuilds; a theme is never "none".
      if (next == null) theme.set(old);
      else listeners.forEach(listener -> listener.accept(next));
    });
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public Theme current() {
    return theme.get();
  }

  /** Keeps {@code scene} styled with the current theme. */
  public void applyTo(Scene scene) {
    onChange(next -> scene.getStylesheets().setAll(next.stylesheet()));
  }

  /** Calls {@code listener} with the current theme now and with every later one. */
  public void onChange(Consumer<Theme> listener) {
    listeners.add(listener);
    listener.accept(theme.get());
  }
}

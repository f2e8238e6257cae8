package dev.eventscope.console.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The window's own state: which screen is shown, and whether the system is starting, running or failed. */
public final class ShellViewModel {
  private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.FLOW);
  private final ReadOnlyObjectWrapper<SystemState> state = new ReadOnlyObjectWrapper<>(SystemState.STARTING);
  private final ReadOnlyStringWrapper stateMessage = new ReadOnlyStringWrapper("Starting…");

  public ObjectProperty<Screen> screenProperty() {
    return screen;
  }

  public ReadOnlyObjectProperty<SystemState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty stateMessageProperty() {
    return stateMessage.getReadOnlyProperty();
  }

  public void starting(String what) {
    state.set(SystemState.STARTING);
    stateMessage.set(what);
  }

  public void running() {
    state.set(SystemState.RUNNING);
    stateMessage.set("");
  }

  public void failed(String why) {
    state.set(SystemState.FAILED);
    stateMessage.set(why);
  }
}

package dev.eventscope.console.bus;

/** Where a live bus switch stands, as the screen shows it. */
public enum SwitchStage {
  IDLE,
  CONNECTING,
  DRAINING,
  RESUMED,
  FAILED;

  public boolean busy() {
    return this == CONNECTING || this == DRAINING;
  }
}

package dev.eventscope.console.shell;

/** Where the system behind the window is: starting (off the UI thread), running, or failed to start. */
public enum SystemState {
  STARTING,
  RUNNING,
  FAILED
}

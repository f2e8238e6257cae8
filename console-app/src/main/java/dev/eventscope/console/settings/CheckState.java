package dev.eventscope.console.settings;

/** Where a connection's test stands. Editing the address puts it back to {@link #UNTESTED}. */
public enum CheckState {
  UNTESTED, TESTING, OK, FAILED
}

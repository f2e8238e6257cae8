package dev.eventscope.console.fleet;

import java.nio.file.Path;

/** A child of the fleet that did not become ready: which one, why, and where its log is. */
public final class FleetStartFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String child;
  private final transient Path log;

  public FleetStartFailure(String child, String reason, Path log) {
    super(child + " " + reason, null, false, false);
    this.child = child;
    this.log = log;
  }

  public String child() {
    return child;
  }

  public Path log() {
    return log;
  }
}

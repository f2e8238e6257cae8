package dev.eventscope.runtime.aggregate;

/** An aggregate's state as of a stream version (0: it does not exist yet). */
public record Loaded<S>(String aggregateId, S state, long version) {
  public boolean exists() {
    return version > 0;
  }
}

package dev.eventscope.runtime.store;

/** An append that expected a stream version the stream is no longer (or not yet) at. */
public final class ConcurrencyException extends RuntimeException {
  private final String aggregateId;
  private final long expectedVersion;
  private final long actualVersion;

  public ConcurrencyException(String aggregateId, long expectedVersion, long actualVersion) {
    super("stream " + aggregateId + " is at version " + actualVersion + ", expected " + expectedVersion);
    this.aggregateId = aggregateId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public String aggregateId() {
    return aggregateId;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  public long actualVersion() {
    return actualVersion;
  }
}

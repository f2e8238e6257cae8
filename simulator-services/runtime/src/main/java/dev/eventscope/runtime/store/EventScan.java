package dev.eventscope.runtime.store;

import java.util.List;

/**
 * One long read of a range of positions, page after page in position order (see
 * {@link EventStore#scan}). Not for several threads at once.
 */
public interface EventScan extends AutoCloseable {
  /** The next events of the range in position order; empty once the range is read. */
  List<StoredEvent> next();

  @Override
  default void close() {}
}

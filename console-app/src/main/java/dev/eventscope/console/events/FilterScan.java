package dev.eventscope.console.events;

import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One filter's results: scans the store chunk by chunk from the first position and keeps the
 * matching events, at most {@code maxMatches} of them (a bounded result; the screen says to narrow
 * the filter when it is full). Later calls continue where the last one stopped, so new events are
 * scanned as they arrive. One scanning thread; readers on other threads see a consistent prefix.
 */
public final class FilterScan {
  static final int CHUNK = 1_000;

  private final EventStore store;
  private final EventFilter filter;
  private final Function<StoredEvent, String> payloadJson;
  private final int maxMatches;
  private final List<StoredEvent> matches = new ArrayList<>();
  private volatile long scannedUpTo;
  private volatile boolean cancelled;

  public FilterScan(EventStore store, EventFilter filter, Function<StoredEvent, String> payloadJson, int maxMatches) {
    this.store = store;
    this.filter = filter;
    this.payloadJson = payloadJson;
    this.maxMatches = maxMatches;
  }

  /** Blocking: scans up to the store's current head (or until full or cancelled). Answers true when it reached the head. */
  public boolean scanToHead(Runnable onChunk) {
    long head = store.lastPosition();
    while (!cancelled && !full() && scannedUpTo < head) {
      List<StoredEvent> chunk = store.readAll(scannedUpTo, CHUNK);
      if (chunk.isEmpty()) break;
      List<StoredEvent> found = new ArrayList<>();
      for (StoredEvent event : chunk) {
        if (filter.matches(event, payloadJson)) found.add(event);
      }
      synchronized (this) {
        for (StoredEvent event : found) {
          if (matches.size() < maxMatches) matches.add(event);
        }
      }
      scannedUpTo = chunk.get(chunk.size() - 1).position();
      onChunk.run();
    }
    return scannedUpTo >= head;
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled;
  }

  public synchronized int matchCount() {
    return matches.size();
  }

  public synchronized StoredEvent match(int index) {
    return matches.get(index);
  }

  public synchronized boolean full() {
    return matches.size() >= maxMatches;
  }

  public long scannedUpTo() {
    return scannedUpTo;
  }

  public EventFilter filter() {
    return filter;
  }

  public int maxMatches() {
    return maxMatches;
  }
}

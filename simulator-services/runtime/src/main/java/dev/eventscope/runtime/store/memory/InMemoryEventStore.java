package dev.eventscope.runtime.store.memory;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Events in memory. One writer at a time (a lock around append) makes positions gap-free: an
 * event is visible to {@link #readAll} only once everything before it is.
 */
public final class InMemoryEventStore implements EventStore {
  private final Map<String, List<StoredEvent>> streams = new ConcurrentHashMap<>();
  private final Object appendLock = new Object();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile StoredEvent[] log = new StoredEvent[1024];
  private volatile int size;

  @Override
  public List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> events) {
    List<StoredEvent> stored;
    synchronized (appendLock) {
      List<StoredEvent> stream = streams.get(aggregateId);
      long actual = stream == null ? 0 : stream.size();
      if (actual != expectedVersion) {
        List<StoredEvent> same = sameMessages(stream, expectedVersion, events);
        if (same != null) return same;
        throw new ConcurrencyException(aggregateId, expectedVersion, actual);
      }
      if (stream == null) {
        stream = new ArrayList<>(4);
        streams.put(aggregateId, stream);
      }
      stored = new ArrayList<>(events.size());
      int position = size;
      StoredEvent[] current = ensureCapacity(position + events.size());
      long version = expectedVersion;
      for (Envelope<Event> envelope : events) {
        StoredEvent event = new StoredEvent(++position, envelope.inStream(aggregateId, ++version));
        current[position - 1] = event;
        stored.add(event);
      }
      synchronized (stream) {
        stream.addAll(stored);
      }
      size = position; // volatile write publishes the new events to readers
    }
    for (Runnable listener : listeners) listener.run();
    return stored;
  }

  private static List<StoredEvent> sameMessages(List<StoredEvent> stream, long expectedVersion, List<Envelope<Event>> events) {
    if (stream == null || stream.size() < expectedVersion + events.size()) return null;
    List<StoredEvent> earlier;
    synchronized (stream) {
      earlier = new ArrayList<>(stream.subList((int) expectedVersion, (int) expectedVersion + events.size()));
    }
    for (int i = 0; i < events.size(); i++) {
      if (!earlier.get(i).envelope().messageId().equals(events.get(i).messageId())) return null;
    }
    return earlier;
  }

  private StoredEvent[] ensureCapacity(int needed) {
    StoredEvent[] current = log;
    if (needed > current.length) {
      StoredEvent[] grown = new StoredEvent[Math.max(needed, current.length * 2)];
      System.arraycopy(current, 0, grown, 0, size);
      log = grown;
      return grown;
    }
    return current;
  }

  @Override
  public List<StoredEvent> readStream(String aggregateId, long afterVersion) {
    List<StoredEvent> stream = streams.get(aggregateId);
    if (stream == null) return List.of();
    synchronized (stream) {
      if (afterVersion >= stream.size()) return List.of();
      return new ArrayList<>(stream.subList((int) Math.max(0, afterVersion), stream.size()));
    }
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    int end = size; // read the volatile size first, then the array it published
    StoredEvent[] current = log;
    if (afterPosition >= end) return List.of(); // before narrowing: a huge position must not wrap round
    int from = (int) Math.max(0, afterPosition);
    int to = (int) Math.min(end, (long) from + limit);
    List<StoredEvent> page = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) page.add(current[i]);
    return page;
  }

  @Override
  public long countBetween(long afterPosition, long untilPosition) {
    // Positions are 1..size without gaps.
    return Math.max(0, Math.min(untilPosition, size) - Math.max(0, afterPosition));
  }

  @Override
  public long lastPosition() {
    return size;
  }

  @Override
  public void onAppend(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public String describe() {
    return "memory";
  }
}

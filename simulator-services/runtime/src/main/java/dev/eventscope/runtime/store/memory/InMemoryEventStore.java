package dev.eventscope.runtime.store.memory;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Events in memory, packed into rows ({@link EventRows}) with each stream found by its last row
 * ({@link StreamHeads}). One writer at a time (a lock around append) makes positions gap-free: an
 * event is visible to readers only once everything before it is, through one volatile count. The
 * last {@value #RECENT} events stay as the objects append answered, so the readers that follow
 * close behind the writer (the outbox, subscribers filling a gap) do not rebuild them from rows.
 */
public final class InMemoryEventStore implements EventStore {
  private static final int RECENT = 4_096;

  private final Object appendLock = new Object();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final EventRows rows = new EventRows();
  private final StreamHeads heads = new StreamHeads(rows);
  private final StoredEvent[] recent = new StoredEvent[RECENT];
  private volatile int size;

  @Override
  public List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> events) {
    List<StoredEvent> stored;
    synchronized (appendLock) {
      int head = heads.head(aggregateId, size);
      long actual = head == StreamHeads.NONE ? 0 : rows.version(head);
      if (actual != expectedVersion) {
        List<StoredEvent> same = sameMessages(head, expectedVersion, events);
        if (same != null) return same;
        throw new ConcurrencyException(aggregateId, expectedVersion, actual);
      }
      stored = new ArrayList<>(events.size());
      int row = size;
      long version = expectedVersion;
      for (Envelope<Event> envelope : events) {
        rows.write(row, envelope, aggregateId, ++version, head);
        StoredEvent event = new StoredEvent(row + 1L, envelope.inStream(aggregateId, version));
        recent[row & (RECENT - 1)] = event;
        stored.add(event);
        head = row++;
      }
      if (!events.isEmpty()) heads.advance(aggregateId, head);
      size = row; // volatile write publishes the new events to readers
    }
    for (Runnable listener : listeners) listener.run();
    return stored;
  }

  /** The events stored for {@code events} the first time, if the stream holds the same messages after {@code expectedVersion}. */
  private List<StoredEvent> sameMessages(int head, long expectedVersion, List<Envelope<Event>> events) {
    List<Integer> later = rowsAfter(head, expectedVersion);
    if (later.size() < events.size()) return null;
    List<StoredEvent> earlier = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      int row = later.get(i);
      if (!rows.holdsMessage(row, events.get(i).messageId())) return null;
      earlier.add(event(row));
    }
    return earlier;
  }

  @Override
  public List<StoredEvent> readStream(String aggregateId, long afterVersion) {
    int readable = size;
    int head = heads.head(aggregateId, readable);
    if (head == StreamHeads.UNSURE) {
      synchronized (appendLock) {
        readable = size;
        head = heads.head(aggregateId, readable);
      }
    }
    List<StoredEvent> stream = new ArrayList<>();
    for (int row : rowsAfter(head, afterVersion)) stream.add(event(row));
    return stream;
  }

  /** The rows of a stream from its head back to just above {@code afterVersion}, in version order. */
  private List<Integer> rowsAfter(int head, long afterVersion) {
    List<Integer> found = new ArrayList<>();
    for (int row = head; row >= 0 && rows.version(row) > afterVersion; row = rows.previous(row)) found.add(row);
    Collections.reverse(found);
    return found;
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    int end = size;
    if (afterPosition >= end) return List.of(); // before narrowing: a huge position must not wrap round
    int from = (int) Math.max(0, afterPosition);
    int to = (int) Math.min(end, (long) from + limit);
    List<StoredEvent> page = new ArrayList<>(to - from);
    for (int row = from; row < to; row++) page.add(event(row));
    return page;
  }

  /** A published row's event: the object append answered if it is still among the recent ones. */
  private StoredEvent event(int row) {
    StoredEvent kept = recent[row & (RECENT - 1)];
    return kept != null && kept.position() == row + 1L ? kept : rows.read(row);
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

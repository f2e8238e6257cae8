package dev.eventscope.runtime.bus.redis;

import dev.eventscope.runtime.store.StoredEvent;
import java.util.List;

/**
 * One stream's part of the {@link PublishedLedger}: entries in publish order in parallel arrays
 * used as a ring, so recording an event stores four slots and allocates nothing (a sorted map
 * allocated several nodes per event on the publishing thread). Entries leave from the front —
 * acknowledged ones in publish order, or the oldest when the ledger is full — and, rarely, by
 * run id after a restart. Guarded by its own monitor: the publisher records, the watcher sweeps.
 */
final class LedgerRing {
  private static final int INITIAL = 1_024;

  /** Whether every local group acknowledged the entry with this id (ids grow in publish order). */
  @FunctionalInterface
  interface Acknowledged {
    boolean test(long time, long sequence);
  }

  private long[] times = new long[INITIAL];
  private long[] sequences = new long[INITIAL];
  private String[] runIds = new String[INITIAL];
  private StoredEvent[] events = new StoredEvent[INITIAL];
  private int head;
  private int count;

  synchronized void add(long time, long sequence, String runId, StoredEvent event) {
    if (count == events.length) grow();
    int slot = slot(count);
    times[slot] = time;
    sequences[slot] = sequence;
    runIds[slot] = runId;
    events[slot] = event;
    count++;
  }

  /** Drops the oldest entry; true when there was one. */
  synchronized boolean dropOldest() {
    if (count == 0) return false;
    clear(head);
    head = slot(1);
    count--;
    return true;
  }

  /**
   * Removes the entries of {@code runId}, from the front, up to the first one not yet
   * acknowledged; entries of other run ids among them stay, in their order. Answers how many left.
   */
  synchronized int forget(String runId, Acknowledged acknowledged) {
    int end = 0;
    int others = 0;
    for (; end < count; end++) {
      int slot = slot(end);
      if (!runId.equals(runIds[slot])) {
        others++;
        continue;
      }
      if (!acknowledged.test(times[slot], sequences[slot])) break;
    }
    int removed = end - others;
    if (removed == 0) return 0;
    if (others > 0) keepOthersBefore(end, runId);
    for (int i = 0; i < removed; i++) clear(slot(i));
    head = slot(removed);
    count -= removed;
    return removed;
  }

  /** Moves every entry of [0, end) with another run id to the back of that range, order kept. */
  private void keepOthersBefore(int end, String runId) {
    int write = end - 1;
    for (int read = end - 1; read >= 0; read--) {
      int from = slot(read);
      if (runId.equals(runIds[from])) continue;
      if (read != write) move(from, slot(write));
      write--;
    }
  }

  /** Takes out, oldest first, every entry a Redis instance other than {@code runId} took; answers how many. */
  synchronized int takeOthers(String runId, String stream, List<PublishedLedger.Entry> into) {
    int kept = 0;
    int taken = 0;
    for (int i = 0; i < count; i++) {
      int slot = slot(i);
      if (runId.equals(runIds[slot])) {
        if (kept != i) move(slot, slot(kept));
        kept++;
      } else {
        into.add(new PublishedLedger.Entry(stream, times[slot], sequences[slot], runIds[slot], events[slot]));
        taken++;
      }
    }
    for (int i = kept; i < count; i++) clear(slot(i));
    count = kept;
    return taken;
  }

  synchronized int size() {
    return count;
  }

  private int slot(int offset) {
    int slot = head + offset;
    return slot >= events.length ? slot - events.length : slot;
  }

  private void move(int from, int to) {
    times[to] = times[from];
    sequences[to] = sequences[from];
    runIds[to] = runIds[from];
    events[to] = events[from];
  }

  private void clear(int slot) {
    runIds[slot] = null;
    events[slot] = null;
  }

  private void grow() {
    int length = events.length * 2;
    long[] newTimes = new long[length];
    long[] newSequences = new long[length];
    String[] newRunIds = new String[length];
    StoredEvent[] newEvents = new StoredEvent[length];
    for (int i = 0; i < count; i++) {
      int slot = slot(i);
      newTimes[i] = times[slot];
      newSequences[i] = sequences[slot];
      newRunIds[i] = runIds[slot];
      newEvents[i] = events[slot];
    }
    times = newTimes;
    sequences = newSequences;
    runIds = newRunIds;
    events = newEvents;
    head = 0;
  }
}
